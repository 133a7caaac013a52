-- wrk script: the seed's postback, for one influencer (HOT=1) or spread over 1,000.
local counter = 0
local hot = os.getenv("HOT") == "1"

request = function()
  counter = counter + 1
  local influencer = hot and "hot_key" or ("spread_" .. (counter % 1000))
  local body = '{"influencer_id":"' .. influencer .. '","product":"product","event_type":"reg",'
    .. '"event_name":"registration","campaign":"bench","medium":"Influencer","source":"twitch",'
    .. '"ip":"132.244.133.122","country":"FR","user_agent":"Mozilla/5.0 (X11; Linux x86_64) Bench"}'
  return wrk.format("POST", "/tracker/test-access-key", {["Content-Type"] = "application/json"}, body)
end
