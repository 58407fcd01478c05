-- wrk: ingest new articles read from the JSONL file in env ARTICLES (one JSON article a line, e.g. from
-- newsgen.py); thread t of n (env WRK_THREADS) uses lines t, t+n, t+2n... Once a thread has used all its lines
-- it stops, so no article is sent twice.
--   without env BATCH: POST /api/v1/articles, one article a request; counts 201 (stored) and other answers.
--   BATCH=k:           POST /api/v1/articles/batch, k articles a request; counts the articles the service says
--                      it created ("created" of each 200 answer) and the failed requests.
local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  local n = tonumber(os.getenv("WRK_THREADS") or "2")
  batch = tonumber(os.getenv("BATCH") or "0")
  bodies, created, other, next_body = {}, 0, 0, 1
  local i, lines = 0, {}
  for line in io.lines(os.getenv("ARTICLES") or "load/out/ingest.jsonl") do
    if i % n == id then
      if batch == 0 then
        bodies[#bodies + 1] = line
      else
        lines[#lines + 1] = line
        if #lines == batch then
          bodies[#bodies + 1] = "[" .. table.concat(lines, ",") .. "]"
          lines = {}
        end
      end
    end
    i = i + 1
  end
  wrk.method = "POST"
  wrk.path = batch == 0 and "/api/v1/articles" or "/api/v1/articles/batch"
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
  if batch == 0 and status == 201 then
    created = created + 1
  elseif batch > 0 and status == 200 then
    created = created + tonumber(body:match('"created":(%d+)') or "0")
  else
    other = other + 1
  end
end

function done(summary, latency, requests)
  local c, o, b = 0, 0, 0
  for _, t in ipairs(threads) do
    c = c + t:get("created")
    o = o + t:get("other")
    b = b + t:get("batch")
  end
  local seconds = summary.duration / 1e6
  if b == 0 then
    io.write(string.format("ingest: %d articles stored (201), %d other answers in %.1f s = %.1f articles/s\n",
      c, o, seconds, c / seconds))
  else
    io.write(string.format("batch ingest: %d articles stored, %d failed requests in %.1f s = %.1f articles/s\n",
      c, o, seconds, c / seconds))
  end
end
