-- Token bucket shared by every gateway instance. One key per bucket, so it works on
-- Redis Cluster too. Time comes from the Redis server, not from the gateways.
-- KEYS[1]  the bucket (a hash: tokens, at)
-- ARGV[1]  limit: bucket size, and tokens added per period
-- ARGV[2]  period in milliseconds
-- Returns 0 when a token was taken, else the milliseconds until one is available.
local limit = tonumber(ARGV[1])
local period = tonumber(ARGV[2])
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)

local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1])
local at = tonumber(state[2])
if tokens == nil or at == nil then
  tokens = limit
  at = now
end
if now > at then
  tokens = math.min(limit, tokens + (now - at) * limit / period)
  at = now
end

local wait = 0
if tokens >= 1 then
  tokens = tokens - 1
else
  wait = math.max(1, math.ceil((1 - tokens) * period / limit))
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(at))
redis.call('PEXPIRE', KEYS[1], period + 1000)
return wait
