-- wrk script: GET /mmp/s2sevent opening a session for a user never seen before, from a random visitor:
-- every request attributes (click look-up by fingerprint) before it is written, the costliest path.
math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
local thread_tag = tostring(math.random(1e9))
local counter = 0

request = function()
  counter = counter + 1
  local ip = "10." .. math.random(0, 255) .. "." .. math.random(0, 255) .. "." .. math.random(1, 254)
  return wrk.format("GET", "/mmp/s2sevent?token=s2sTokenForTheStoreApp&user_id=new-" .. thread_tag .. "-"
    .. counter .. "&event_id=__open&user_ip=" .. ip .. "&user_ua=Mozilla%2F5.0%20(X11%3B%20Linux)%20Bench")
end
