-- wrk script: after a run, print one machine-readable line that scripts/bench and
-- bench/http_choice/run.sh turn into tables (latencies in microseconds).
--   WRK_RESULT requests=<n> rps=<req/s> p50_us=<n> p99_us=<n> max_us=<n> errors=<n> non2xx=<n>

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  local socket_errors = e.connect + e.read + e.write + e.timeout
  io.write(string.format(
    "WRK_RESULT requests=%d rps=%.1f p50_us=%d p99_us=%d max_us=%d errors=%d non2xx=%d\n",
    summary.requests, summary.requests / seconds, latency:percentile(50),
    latency:percentile(99), latency.max, socket_errors, e.status))
end
