-- wrk script: POST the JSON body in the file $BODY; at the end print one machine-readable line.
local f = assert(io.open(os.getenv("BODY"), "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"
-- TOKEN (bench/lib.sh's with_token): the same bearer JWT on every request.
if os.getenv("TOKEN") then
  wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT requests=%d rps=%.1f p50_ms=%.3f p99_ms=%.3f non2xx=%d socket_errors=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    e.status, e.connect + e.read + e.write + e.timeout))
end
