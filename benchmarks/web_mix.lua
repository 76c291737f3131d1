-- The load mix of benchmarks/web_load.py for wrk (Debian's package), a load generator that leaves the
-- server both cores. web_load.py runs it; by hand, start `allegiance serve --workers 2`, then
--   WRK_SEED=1 wrk -t1 -c50 -d30s --latency -s benchmarks/web_mix.lua http://127.0.0.1:PORT
-- WRK_SEED picks the random persons, parties and days (another seed: other ones);
-- WRK_ENDPOINTS keeps some endpoints of the mix, e.g. WRK_ENDPOINTS=person,party.
-- Persons p-000000..p-049999 are those benchmarks/record.py's fill() makes.
local parties = {"PTI","PML-N","PPP","MQM-P","JUI-F","PML-Q","IPP","BAP","ANP","JI"}
local seats = "seat=IND=101&seat=PML-N=75&seat=PPP=54&seat=MQM-P=17&seat=JUI-F=4&seat=PML-Q=3&seat=IPP=2"
math.randomseed(tonumber(os.getenv("WRK_SEED") or "7"))
local make = {
  events = function(y, p) return "/api/events?party=" .. p .. "&limit=50" end,
  person = function(y, p) return string.format("/api/persons/p-%06d", math.random(0, 49999)) end,
  party = function(y, p) return string.format("/api/parties/%s?on=%d-%02d-01", p, y, math.random(1, 12)) end,
  flows = function(y, p) return string.format("/api/flows?since=%d-01-01&until=%d-12-31", y, y) end,
  coalitions = function(y, p) return string.format("/api/coalitions?on=%d-06-30&%s", y, seats) end,
}
local kinds = {}
for name in string.gmatch(os.getenv("WRK_ENDPOINTS") or "events,person,party,flows,coalitions", "[^,]+") do
  table.insert(kinds, name)
end
local n = 0
request = function()
  n = n + 1
  local kind = kinds[n % #kinds + 1]
  return wrk.format("GET", make[kind](math.random(2015, 2025), parties[math.random(#parties)]))
end
