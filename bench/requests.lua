-- wrk script: the requests of a file in bench/Paced.java's format (method, path, headers, body, tab-separated),
-- read from the file named by REQUESTS. Each wrk thread sends its own share of them, in turn, so that no two
-- threads send the same request (wrk -t2); a thread that has sent its share starts it again.
local threads = 0

function setup(thread)
  thread:set("index", threads)
  threads = threads + 1
end

local requests = {}
local next = 1

function init(args)
  local share, count = index, 0
  for line in io.lines(os.getenv("REQUESTS")) do
    count = count + 1
    if count % 2 == share then
      local method, path, headers, body = line:match("([^\t]*)\t([^\t]*)\t([^\t]*)\t(.*)")
      local parsed = {}
      for header in headers:gmatch("[^|]+") do
        local name, value = header:match("([^:]+):%s*(.*)")
        parsed[name] = value
      end
      requests[#requests + 1] = wrk.format(method, path, parsed, body)
    end
  end
end

function request()
  local r = requests[next]
  next = next % #requests + 1
  return r
end
