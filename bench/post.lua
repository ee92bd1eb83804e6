-- wrk script: POST the example query to /v1/coverage (the path is given on the wrk command line).
local f = assert(io.open(os.getenv("QUERY_FILE") or "examples/queries/police-face-search.json", "r"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"

-- Any answer other than 200 is counted, so a benchmark never hides errors.
local bad = 0
response = function(status, headers, body)
  if status ~= 200 then bad = bad + 1 end
end
done = function(summary, latency, requests)
  io.write(string.format("non-2xx answers: %d (wrk counts socket errors separately)\n", summary.errors.status))
  io.write(string.format("latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000))
end
