-- The load mix of benchmarks/web_load.py for wrk (Debian's package), a load generator that leaves the
-- server both cores: start the server as web_load.py does, then
--   wrk -t1 -c50 -d30s --latency -s benchmarks/web_mix.lua http://127.0.0.1:PORT
-- Persons p-000000..p-049999 are those benchmarks/record.py's fill() makes.
local parties = {"PTI","PML-N","PPP","MQM-P","JUI-F","PML-Q","IPP","BAP","ANP","JI"}
local seats = "seat=IND=101&seat=PML-N=75&seat=PPP=54&seat=MQM-P=17&seat=JUI-F=4&seat=PML-Q=3&seat=IPP=2"
math.randomseed(tonumber(os.getenv("WRK_SEED") or "7"))  -- another seed: other persons, parties and days
local n = 0
request = function()
  n = n + 1
  local k = n % 5
  local y = math.random(2015, 2025)
  local p = parties[math.random(#parties)]
  local path
  if k == 0 then path = "/api/events?party=" .. p .. "&limit=50"
  elseif k == 1 then path = string.format("/api/persons/p-%06d", math.random(0, 49999))
  elseif k == 2 then path = string.format("/api/parties/%s?on=%d-%02d-01", p, y, math.random(1, 12))
  elseif k == 3 then path = string.format("/api/flows?since=%d-01-01&until=%d-12-31", y, y)
  else path = string.format("/api/coalitions?on=%d-06-30&%s", y, seats) end
  return wrk.format("GET", path)
end
