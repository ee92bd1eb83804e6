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
done = function(summary, latency, requests)
  io.write(string.format("non-2xx answers: %d (wrk counts socket errors separately)\n", summary.errors.status))
  io.write(string.format("latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000))
end
