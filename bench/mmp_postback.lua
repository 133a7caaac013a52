-- wrk script: the seed's GET /mmp/postback, a purchase with revenue by one of 100,000 users (most of them
-- already attributed after the warm-up, as in a live app).
math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))

request = function()
  local user = "bench-user-" .. math.random(100000)
  return wrk.format("GET", "/mmp/postback?s2s_token=s2sTokenForTheStoreApp&user_id=" .. user
    .. "&event_id=purchase&sale_amount=4.99&sale_amount_currency=USD&aggregated_event_value=1")
end
