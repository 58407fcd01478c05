-- wrk: POST /api/v1/articles with new articles read from the JSONL file in env ARTICLES (one JSON article a
-- line, e.g. from newsgen.py); thread t of n posts lines t, t+n, t+2n... Counts 201 (stored) answers and
-- everything else; once a thread has used all its lines it stops, so no article is counted twice.
local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  local n = tonumber(os.getenv("WRK_THREADS") or "2")
  bodies, created, other, next_line = {}, 0, 0, 1
  local i = 0
  for line in io.lines(os.getenv("ARTICLES") or "load/out/ingest.jsonl") do
    if i % n == id then bodies[#bodies + 1] = line end
    i = i + 1
  end
  wrk.method = "POST"
  wrk.path = "/api/v1/articles"
  wrk.headers["Content-Type"] = "application/json"
  local key = os.getenv("QUOTES_API_KEY")
  if key and #key > 0 then wrk.headers["X-API-Key"] = key end
end

function request()
  if next_line > #bodies then
    wrk.thread:stop()
  end
  local body = bodies[math.min(next_line, #bodies)]
  next_line = next_line + 1
  return wrk.format(nil, nil, nil, body)
end

function response(status, headers, body)
  if status == 201 then created = created + 1 else other = other + 1 end
end

function done(summary, latency, requests)
  local c, o = 0, 0
  for _, t in ipairs(threads) do
    c = c + t:get("created")
    o = o + t:get("other")
  end
  local seconds = summary.duration / 1e6
  io.write(string.format("ingest: %d articles stored (201), %d other answers in %.1f s = %.1f articles/s\n",
    c, o, seconds, c / seconds))
end
