-- wrk script of bench/soak.sh: POST the example query, counting answers by kind in every thread, and print the 5xx
-- count, the other non-200 count and the latency percentiles.
local f = assert(io.open("examples/queries/police-face-search.json", "r"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  server_errors = 0
  other = 0
end

function response(status, headers, body)
  if status >= 500 then
    server_errors = server_errors + 1
  elseif status ~= 200 then
    other = other + 1
  end
end

function done(summary, latency, requests)
  local errors, others = 0, 0
  for _, thread in ipairs(threads) do
    errors = errors + thread:get("server_errors")
    others = others + thread:get("other")
  end
  io.write(string.format("queries: %d, 5xx: %d, other non-200: %d, socket errors: %d\n", summary.requests, errors,
    others, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  io.write(string.format("latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
