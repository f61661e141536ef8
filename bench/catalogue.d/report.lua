-- wrk script: optional random paths from a file (one per line), optional session cookies from a file (one per line,
-- taken in turn, so that each request is one of several signed-in people's), and a one-line report the bench reads:
--   requests/s p50_ms p95_ms p99_ms errors
local paths = {}
local file = os.getenv("BENCH_PATHS")
if file and file ~= "" then
  for line in io.lines(file) do
    paths[#paths + 1] = line
  end
end

local cookies = {}
local cookie_file = os.getenv("BENCH_COOKIES")
if cookie_file and cookie_file ~= "" then
  for line in io.lines(cookie_file) do
    cookies[#cookies + 1] = line
  end
end
local next_cookie = 0

-- BENCH_IN_ORDER=1 (the warm-up) asks for the paths in turn, so that every one is visited.
local in_order = os.getenv("BENCH_IN_ORDER") == "1"
local next_path = 0

request = function()
  -- As every browser says, compressed answers are welcome (the public page copies are kept compressed).
  local headers = { ["Accept-Encoding"] = "gzip, deflate, br" }
  if #cookies > 0 then
    next_cookie = next_cookie % #cookies + 1
    headers["Cookie"] = "JSESSIONID=" .. cookies[next_cookie]
  end
  if #paths > 0 then
    if in_order then
      next_path = next_path % #paths + 1
      return wrk.format("GET", paths[next_path], headers)
    end
    return wrk.format("GET", paths[math.random(#paths)], headers)
  end
  return wrk.format("GET", nil, headers)
end

done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT %.1f %.1f %.1f %.1f %d %d\n",
      summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
      errors, summary.requests))
end
