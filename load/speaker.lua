-- wrk: GET /api/v1/quotes?speaker=<name> with names read from the file in env SPEAKERS (one a line),
-- picked at random per request. Usage: SPEAKERS=load/out/speakers.txt wrk -s load/speaker.lua ...
-- Env PAGES=n (default 1): also a random page from 1 to n, n times as many distinct pages (cache misses).
local names = {}
local pages = tonumber(os.getenv("PAGES") or "1")

local function urlencode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function init(args)
  local file = assert(io.open(os.getenv("SPEAKERS") or "load/out/speakers.txt"))
  for line in file:lines() do
    if #line > 0 then names[#names + 1] = urlencode(line) end
  end
  file:close()
  math.randomseed(os.time() + tonumber(tostring(names):match("0x(%x+)") or "0", 16) % 1000)
end

function request()
  local path = "/api/v1/quotes?speaker=" .. names[math.random(#names)]
  if pages > 1 then path = path .. "&page=" .. math.random(pages) end
  return wrk.format("GET", path)
end
