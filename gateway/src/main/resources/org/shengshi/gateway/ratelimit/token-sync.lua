-- A token bucket shared by every gateway instance. Each instance decides requests with a
-- local copy and sends here, every sync interval, the tokens it took; the answer is the
-- shared level, which the instance adopts. One key per bucket, so it works on Redis
-- Cluster too. Time comes from the Redis server, not from the gateways.
-- KEYS[1]  the bucket (a hash: tokens, at)
-- ARGV[1]  limit: bucket size, and tokens added per period
-- ARGV[2]  period in milliseconds
-- ARGV[3]  tokens taken by the calling instance since its previous sync
-- Returns the tokens left, in thousandths. It can be negative: tokens taken beyond the
-- budget by instances that had not seen each other's use yet are a debt, repaid by the
-- refill (at most one period's budget), so the long-run rate stays the budget.
local limit = tonumber(ARGV[1])
local period = tonumber(ARGV[2])
local taken = tonumber(ARGV[3])
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
tokens = math.max(-limit, tokens - taken)

redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(at))
-- long enough to refill from the deepest debt to a full bucket
redis.call('PEXPIRE', KEYS[1], 2 * period + 1000)
return math.floor(tokens * 1000)
