using System.Globalization;
using Commerce.Drivers.Redis;

namespace Commerce.Accounts;

/// <summary>
/// Token buckets in Redis, checked and taken atomically across several keys by ONE Lua script (EVALSHA).
/// A bucket holds up to <c>capacity</c> tokens and refills continuously at <c>capacity / window</c>.
/// Keys and numbers travel as KEYS and ARGV; the script text never changes, so its SHA is cached.
/// </summary>
public sealed class TokenBucket(IConnectionMultiplexer redis)
{
    // ARGV[1] = cost (0 = only check that a token is left); then for bucket i: ARGV[2i] = capacity, ARGV[2i+1] = refill per second.
    // Returns 0 when allowed (cost taken from every bucket), else the milliseconds until every bucket has a token again.
    private const string Script = """
        local now_parts = redis.call('TIME')
        local now = tonumber(now_parts[1]) + tonumber(now_parts[2]) / 1000000
        local cost = tonumber(ARGV[1])
        local need = math.max(cost, 1)
        local levels = {}
        local wait = 0
        for i, key in ipairs(KEYS) do
          local capacity = tonumber(ARGV[2 * i])
          local rate = tonumber(ARGV[2 * i + 1])
          local state = redis.call('HMGET', key, 'tokens', 'at')
          local tokens = tonumber(state[1]) or capacity
          local at = tonumber(state[2]) or now
          tokens = math.min(capacity, tokens + math.max(0, now - at) * rate)
          levels[i] = tokens
          if tokens < need then
            wait = math.max(wait, (need - tokens) / rate)
          end
        end
        if wait > 0 then
          return math.max(1, math.ceil(wait * 1000))
        end
        if cost > 0 then
          for i, key in ipairs(KEYS) do
            local capacity = tonumber(ARGV[2 * i])
            local rate = tonumber(ARGV[2 * i + 1])
            local tokens = levels[i] - cost
            redis.call('HSET', key, 'tokens', tostring(tokens), 'at', tostring(now))
            redis.call('PEXPIRE', key, math.ceil((capacity - tokens) / rate * 1000) + 1000)
          end
        end
        return 0
        """;

    /// <summary>Takes <paramref name="cost"/> tokens from every bucket, or none when any is short; returns the wait, zero when allowed.</summary>
    public async Task<TimeSpan> TakeAsync(IReadOnlyList<(RedisKey Key, BucketLimit Limit)> buckets, int cost, CancellationToken cancellationToken)
    {
        var values = new RedisValue[1 + 2 * buckets.Count];
        values[0] = cost;
        for (var i = 0; i < buckets.Count; i++)
        {
            values[1 + 2 * i] = buckets[i].Limit.Capacity;
            values[2 + 2 * i] = buckets[i].Limit.RefillPerSecond.ToString("R", CultureInfo.InvariantCulture);
        }

        var reply = await redis.GetDatabase().ScriptEvaluateAsync(Script, buckets.Select(b => b.Key).ToArray(), values, cancellationToken);
        return TimeSpan.FromMilliseconds(reply.ToInt64());
    }
}

/// <summary><see cref="Capacity"/> events per <see cref="Window"/>, refilled evenly.</summary>
public readonly record struct BucketLimit(int Capacity, TimeSpan Window)
{
    public double RefillPerSecond => Capacity / Window.TotalSeconds;
}
