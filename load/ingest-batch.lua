-- wrk: POST /api/v1/articles/batch with new articles read from the JSONL file in env ARTICLES (one JSON article
-- a line, e.g. from newsgen.py), BATCH (50) articles a request; thread t of n uses lines t, t+n, t+2n...
-- Counts the articles the service says it created ("created" of each answer); once a thread has used all its
-- lines it stops, so no article is sent twice.
local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  local n = tonumber(os.getenv("WRK_THREADS") or "2")
  local size = tonumber(os.getenv("BATCH") or "50")
  bodies, created, bad, next_body = {}, 0, 0, 1
  local i, lines = 0, {}
  for line in io.lines(os.getenv("ARTICLES") or "load/out/ingest.jsonl") do
    if i % n == id then
      lines[#lines + 1] = line
      if #lines == size then
        bodies[#bodies + 1] = "[" .. table.concat(lines, ",") .. "]"
        lines = {}
      end
    end
    i = i + 1
  end
  wrk.method = "POST"
  wrk.path = "/api/v1/articles/batch"
  wrk.headers["Content-Type"] = "application/json"
  local key = os.getenv("QUOTES_API_KEY")
  if key and #key > 0 then wrk.headers["X-API-Key"] = key end
end

function request()
  if next_body > #bodies then
    wrk.thread:stop()
  end
  local body = bodies[math.min(next_body, #bodies)]
  next_body = next_body + 1
  return wrk.format(nil, nil, nil, body)
end

function response(status, headers, body)
  if status == 200 then
    created = created + tonumber(body:match('"created":(%d+)') or "0")
  else
    bad = bad + 1
  end
end

function done(summary, latency, requests)
  local c, b = 0, 0
  for _, t in ipairs(threads) do
    c = c + t:get("created")
    b = b + t:get("bad")
  end
  local seconds = summary.duration / 1e6
  io.write(string.format("batch ingest: %d articles stored, %d failed requests in %.1f s = %.1f articles/s\n",
    c, b, seconds, c / seconds))
end
