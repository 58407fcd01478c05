-- wrk: GET /api/v1/quotes?q=<words>: one or two words from the generated vocabulary per request.
local words = { "budget", "pension reform", "railway strike", "water", "housing", "fuel prices", "school",
  "border talks", "vaccine", "trade agreement", "flood", "tax", "election", "hospital", "mining", "fishing",
  "power grid", "reject", "underestimated", "summer", "vote", "children", "concerned", "fair deal",
  "investors", "farmers", "unions", "figures", "delay", "cost" }

local function urlencode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function init(args)
  math.randomseed(os.time())
end

function request()
  return wrk.format("GET", "/api/v1/quotes?q=" .. urlencode(words[math.random(#words)]))
end
