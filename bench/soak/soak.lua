-- wrk script for bench/soak.sh: picks each request from the weighted mix in mix.txt and counts non-2xx answers.
-- SOAK_DIR (the folder of mix.txt) is passed as the script's argument.

local requests = {}
local threads = {}
non2xx = 0

local function read(path)
  local file = assert(io.open(path, "rb"))
  local text = file:read("*a")
  file:close()
  return text
end

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  local dir = args[1]
  local headers = { ["Content-Type"] = "application/json" }
  for line in io.lines(dir .. "/mix.txt") do
    local weight, path, body = line:match("^(%d+)%s+(%S+)%s+(%S+)$")
    if weight then
      local request = wrk.format("POST", path, headers, read(dir .. "/" .. body))
      for _ = 1, tonumber(weight) do
        table.insert(requests, request)
      end
    end
  end
  math.randomseed(os.time() + tonumber(tostring(requests):match("0x(%x+)") or "0", 16) % 1000)
end

function request()
  return requests[math.random(#requests)]
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
  end
end

function done(summary, latency, requests)
  local non2xx = 0
  for _, thread in ipairs(threads) do
    non2xx = non2xx + tonumber(thread:get("non2xx"))
  end
  local e = summary.errors
  io.write(string.format("SOAK requests=%d non2xx=%d socket_errors=%d seconds=%.1f p50_ms=%.2f p90_ms=%.2f "
    .. "p99_ms=%.2f max_ms=%.2f\n", summary.requests, non2xx, e.connect + e.read + e.write + e.timeout,
    summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
