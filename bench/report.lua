-- Shared by the wrk scripts (dofile("bench/report.lua")): any answer other than 200 is counted, so a benchmark
-- never hides errors, and the latency percentiles are printed.
done = function(summary, latency, requests)
  io.write(string.format("non-2xx answers: %d (wrk counts socket errors separately)\n", summary.errors.status))
  io.write(string.format("latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000))
end
