-- wrk script: the seed's postback, for one influencer (HOT=1) or for one drawn at random among INFLUENCERS
-- (default 1,000). Drawn rather than taken in turn: each wrk thread keeps its own count, so in turn the
-- threads would name the same influencers, and a run among a million would name again the ones an earlier
-- run created; drawn (seeded by the clock and the thread), a short run among a million names mostly
-- influencers never seen before, as new ones arrive in real traffic.
local thread_count = 0

function setup(thread)
  thread:set("seed", os.time() * 100 + thread_count)
  thread_count = thread_count + 1
end

function init(args)
  math.randomseed(seed)
end

local hot = os.getenv("HOT") == "1"
local influencers = tonumber(os.getenv("INFLUENCERS") or "1000")

request = function()
  local influencer = hot and "hot_key" or ("spread_" .. math.random(0, influencers - 1))
  local body = '{"influencer_id":"' .. influencer .. '","product":"product","event_type":"reg",'
    .. '"event_name":"registration","campaign":"bench","medium":"Influencer","source":"twitch",'
    .. '"ip":"132.244.133.122","country":"FR","user_agent":"Mozilla/5.0 (X11; Linux x86_64) Bench"}'
  return wrk.format("POST", "/tracker/test-access-key", {["Content-Type"] = "application/json"}, body)
end
