-- wrk script: an optional Accept-Encoding (WRK_ACCEPT_ENCODING) and Accept-Language (WRK_ACCEPT_LANGUAGE),
-- and one machine-readable line per run.
local encoding = os.getenv("WRK_ACCEPT_ENCODING")
if encoding and encoding ~= "" then
  wrk.headers["Accept-Encoding"] = encoding
end
local language = os.getenv("WRK_ACCEPT_LANGUAGE")
if language and language ~= "" then
  wrk.headers["Accept-Language"] = language
end

done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT rps=%.0f p50_ms=%.3f p99_ms=%.3f errors=%d bytes_per_response=%.0f requests=%d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    errors, summary.bytes / math.max(summary.requests, 1), summary.requests))
end
