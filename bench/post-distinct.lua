-- wrk script: POST a different query each request, cycling through the lines of QUERIES (default
-- bench/out/random-queries.ndjson, written by bench/make-random-queries.py), so no world repeats for 100,000
-- requests. Each wrk thread starts at its own offset.
local path = os.getenv("QUERIES") or "bench/out/random-queries.ndjson"
local bodies = {}
for line in io.lines(path) do bodies[#bodies + 1] = line end
assert(#bodies > 0, "no queries in " .. path)
local counter = 0
setup = function(thread)
  counter = counter + 1
  thread:set("offset", counter * 7919)
end
local i = 0
request = function()
  i = i + 1
  local body = bodies[((offset or 0) + i) % #bodies + 1]
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json" }, body)
end
dofile("bench/report.lua")
