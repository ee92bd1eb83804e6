-- wrk script: POST the example query to /v1/coverage (the path is given on the wrk command line).
local f = assert(io.open(os.getenv("QUERY_FILE") or "examples/queries/police-face-search.json", "r"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"

dofile("bench/report.lua")
