-- wrk script for bench/booking: each request books a different person (BENCH_FIRST_PERSON upwards, never the
-- same twice across threads) onto one of BENCH_SESSIONS sessions (from BENCH_FIRST_SESSION, in turn) through
-- POST /learning/api/sessions/{id}/bookings, signed in with the session cookie BENCH_COOKIE. Prints one line:
--   RESULT bookings/s p50_ms p95_ms p99_ms errors requests
-- With BENCH_FLOOR=1 the session id is malformed instead ("none"): the request goes through the same HTTP,
-- sign-in, JAX-RS and JSON layers and is answered 400 before any business or database work - the floor those
-- layers set. Answers 400 are then expected, and only failed connections count as errors.
local threads = {}

setup = function(thread)
  thread:set("index", #threads)
  table.insert(threads, thread)
end

init = function(args)
  first_person = tonumber(os.getenv("BENCH_FIRST_PERSON"))
  first_session = tonumber(os.getenv("BENCH_FIRST_SESSION"))
  sessions = tonumber(os.getenv("BENCH_SESSIONS"))
  stride = tonumber(os.getenv("BENCH_THREADS"))
  headers = {["Content-Type"] = "application/json", ["Accept"] = "application/json",
             ["Cookie"] = "JSESSIONID=" .. os.getenv("BENCH_COOKIE")}
  floor = os.getenv("BENCH_FLOOR") == "1"
  sent = 0
end

request = function()
  local k = sent * stride + index
  sent = sent + 1
  local session = floor and "none" or (first_session + k % sessions)
  local path = "/learning/api/sessions/" .. session .. "/bookings"
  return wrk.format("POST", path, headers, '{"personId":' .. (first_person + k) .. '}')
end

done = function(summary, latency, requests)
  -- Any answer but 201 (wrk counts 4xx and 5xx as status errors) or a failed connection is an error.
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  if os.getenv("BENCH_FLOOR") ~= "1" then  -- done() runs in its own state: init()'s variables are not set here
    errors = errors + summary.errors.status
  end
  io.write(string.format("RESULT %.1f %.1f %.1f %.1f %d %d\n",
      summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
      errors, summary.requests))
end
