using System.Globalization;

namespace Commerce.Drivers.Redis;

/// <summary>
/// Builds every command once for both the database view (sent now) and the transaction (queued for EXEC).
/// Keys pass through <see cref="Key"/>, which applies the configured prefix.
/// </summary>
internal abstract class DatabaseCommands : IDatabaseAsync
{
    private readonly byte[]? _keyPrefix;

    protected DatabaseCommands(int database, byte[]? keyPrefix)
    {
        Database = database;
        _keyPrefix = keyPrefix;
    }

    public int Database { get; }

    /// <summary>Sends (or queues) one command; an error reply surfaces as <see cref="RedisServerException"/>.</summary>
    protected abstract Task<T> SendAsync<T>(RedisValue[] args, Func<RedisResult, T> parse, CancellationToken cancellationToken);

    protected RedisValue Key(RedisKey key) => key.ToWire(_keyPrefix);

    public Task<RedisValue> StringGetAsync(RedisKey key, CancellationToken cancellationToken = default) =>
        SendAsync(["GET", Key(key)], static r => r.ToRedisValue(), cancellationToken);

    public Task<RedisValue[]> StringGetAsync(RedisKey[] keys, CancellationToken cancellationToken = default) =>
        keys.Length == 0 ? Task.FromResult<RedisValue[]>([]) : SendAsync(["MGET", .. keys.Select(Key)], static r => r.ToValues(), cancellationToken);

    public Task<bool> StringSetAsync(RedisKey key, RedisValue value, TimeSpan? expiry = null, When when = When.Always, CancellationToken cancellationToken = default)
    {
        var args = new List<RedisValue>(6) { "SET", Key(key), value };
        if (expiry is { } ttl)
        {
            args.Add("PX");
            args.Add(Milliseconds(ttl));
        }

        if (when != When.Always)
        {
            args.Add(when == When.NotExists ? "NX" : "XX");
        }

        return SendAsync([.. args], static r => !r.IsNull, cancellationToken);
    }

    public Task<long> StringIncrementAsync(RedisKey key, long value = 1, CancellationToken cancellationToken = default) =>
        SendAsync(["INCRBY", Key(key), value], static r => r.ToInt64(), cancellationToken);

    public Task<bool> KeyDeleteAsync(RedisKey key, CancellationToken cancellationToken = default) =>
        SendAsync(["DEL", Key(key)], static r => r.ToInt64() == 1, cancellationToken);

    public Task<long> KeyDeleteAsync(RedisKey[] keys, CancellationToken cancellationToken = default) =>
        keys.Length == 0 ? Task.FromResult(0L) : SendAsync(["DEL", .. keys.Select(Key)], static r => r.ToInt64(), cancellationToken);

    public Task<bool> KeyExistsAsync(RedisKey key, CancellationToken cancellationToken = default) =>
        SendAsync(["EXISTS", Key(key)], static r => r.ToInt64() == 1, cancellationToken);

    public Task<bool> KeyExpireAsync(RedisKey key, TimeSpan? expiry, CancellationToken cancellationToken = default) =>
        expiry is { } ttl
            ? SendAsync(["PEXPIRE", Key(key), Milliseconds(ttl)], static r => r.ToBoolean(), cancellationToken)
            : SendAsync(["PERSIST", Key(key)], static r => r.ToBoolean(), cancellationToken);

    public Task<TimeSpan?> KeyTimeToLiveAsync(RedisKey key, CancellationToken cancellationToken = default) =>
        SendAsync(["PTTL", Key(key)], static r => r.ToInt64() is var ms and >= 0 ? TimeSpan.FromMilliseconds(ms) : (TimeSpan?)null, cancellationToken);

    public Task<RedisValue> HashGetAsync(RedisKey key, RedisValue field, CancellationToken cancellationToken = default) =>
        SendAsync(["HGET", Key(key), field], static r => r.ToRedisValue(), cancellationToken);

    public Task<bool> HashSetAsync(RedisKey key, RedisValue field, RedisValue value, When when = When.Always, CancellationToken cancellationToken = default) => when switch
    {
        When.Always => SendAsync(["HSET", Key(key), field, value], static r => r.ToInt64() == 1, cancellationToken),
        When.NotExists => SendAsync(["HSETNX", Key(key), field, value], static r => r.ToBoolean(), cancellationToken),
        _ => throw new ArgumentException("HashSet supports When.Always and When.NotExists.", nameof(when)),
    };

    public Task HashSetAsync(RedisKey key, HashEntry[] fields, CancellationToken cancellationToken = default)
    {
        if (fields.Length == 0)
        {
            return Task.CompletedTask;
        }

        var args = new RedisValue[2 + (fields.Length * 2)];
        args[0] = "HSET";
        args[1] = Key(key);
        for (var i = 0; i < fields.Length; i++)
        {
            args[2 + (2 * i)] = fields[i].Name;
            args[3 + (2 * i)] = fields[i].Value;
        }

        return SendAsync(args, static r => r.ToInt64(), cancellationToken);
    }

    public Task<HashEntry[]> HashGetAllAsync(RedisKey key, CancellationToken cancellationToken = default) =>
        SendAsync(["HGETALL", Key(key)], static r => r.ToPairs().Select(p => new HashEntry(p.Key.ToRedisValue(), p.Value.ToRedisValue())).ToArray(), cancellationToken);

    public Task<bool> HashDeleteAsync(RedisKey key, RedisValue field, CancellationToken cancellationToken = default) =>
        SendAsync(["HDEL", Key(key), field], static r => r.ToInt64() == 1, cancellationToken);

    public Task<long> HashIncrementAsync(RedisKey key, RedisValue field, long value = 1, CancellationToken cancellationToken = default) =>
        SendAsync(["HINCRBY", Key(key), field, value], static r => r.ToInt64(), cancellationToken);

    public Task<double> HashIncrementAsync(RedisKey key, RedisValue field, double value, CancellationToken cancellationToken = default) =>
        SendAsync(["HINCRBYFLOAT", Key(key), field, value], static r => r.ToDouble(), cancellationToken);

    public Task<bool> SetAddAsync(RedisKey key, RedisValue value, CancellationToken cancellationToken = default) =>
        SendAsync(["SADD", Key(key), value], static r => r.ToInt64() == 1, cancellationToken);

    public Task<long> SetAddAsync(RedisKey key, RedisValue[] values, CancellationToken cancellationToken = default) =>
        values.Length == 0 ? Task.FromResult(0L) : SendAsync(["SADD", Key(key), .. values], static r => r.ToInt64(), cancellationToken);

    public Task<RedisValue[]> SetMembersAsync(RedisKey key, CancellationToken cancellationToken = default) =>
        SendAsync(["SMEMBERS", Key(key)], static r => r.ToValues(), cancellationToken);

    public Task<bool> SetRemoveAsync(RedisKey key, RedisValue value, CancellationToken cancellationToken = default) =>
        SendAsync(["SREM", Key(key), value], static r => r.ToInt64() == 1, cancellationToken);

    public Task<bool> SortedSetAddAsync(RedisKey key, RedisValue member, double score, When when = When.Always, CancellationToken cancellationToken = default) => when switch
    {
        When.Always => SendAsync(["ZADD", Key(key), score, member], static r => r.ToInt64() == 1, cancellationToken),
        When.NotExists => SendAsync(["ZADD", Key(key), "NX", score, member], static r => r.ToInt64() == 1, cancellationToken),
        // With XX nothing is ever added, so CH reports whether the existing member changed.
        _ => SendAsync(["ZADD", Key(key), "XX", "CH", score, member], static r => r.ToInt64() == 1, cancellationToken),
    };

    public Task<double> SortedSetIncrementAsync(RedisKey key, RedisValue member, double value, CancellationToken cancellationToken = default) =>
        SendAsync(["ZINCRBY", Key(key), value, member], static r => r.ToDouble(), cancellationToken);

    public Task<RedisValue[]> SortedSetRangeByScoreAsync(
        RedisKey key, double start = double.NegativeInfinity, double stop = double.PositiveInfinity,
        Exclude exclude = Exclude.None, Order order = Order.Ascending, long skip = 0, long take = -1,
        CancellationToken cancellationToken = default) =>
        SendAsync(RangeByScore(key, start, stop, exclude, order, skip, take, withScores: false), static r => r.ToValues(), cancellationToken);

    public Task<SortedSetEntry[]> SortedSetRangeByScoreWithScoresAsync(
        RedisKey key, double start = double.NegativeInfinity, double stop = double.PositiveInfinity,
        Exclude exclude = Exclude.None, Order order = Order.Ascending, long skip = 0, long take = -1,
        CancellationToken cancellationToken = default) =>
        SendAsync(RangeByScore(key, start, stop, exclude, order, skip, take, withScores: true), ParseScored, cancellationToken);

    public virtual Task<RedisResult> ScriptEvaluateAsync(string script, RedisKey[]? keys = null, RedisValue[]? values = null, CancellationToken cancellationToken = default) =>
        SendAsync(ScriptArgs("EVAL", script, keys, values), static r => r, cancellationToken);

    public Task<long> PublishAsync(RedisChannel channel, RedisValue message, CancellationToken cancellationToken = default) =>
        SendAsync(["PUBLISH", channel.Name, message], static r => r.ToInt64(), cancellationToken);

    public Task<RedisResult> ExecuteAsync(string command, params object[] args) =>
        ExecuteAsync(command, (IReadOnlyCollection<object>)args, CancellationToken.None);

    public Task<RedisResult> ExecuteAsync(string command, IReadOnlyCollection<object> args, CancellationToken cancellationToken = default)
    {
        var all = new RedisValue[args.Count + 1];
        all[0] = command;
        var i = 1;
        foreach (var arg in args)
        {
            all[i++] = ToValue(arg);
        }

        return SendAsync(all, static r => r, cancellationToken);
    }

    protected RedisValue[] ScriptArgs(string verb, RedisValue scriptOrSha, RedisKey[]? keys, RedisValue[]? values)
    {
        keys ??= [];
        values ??= [];
        var args = new RedisValue[3 + keys.Length + values.Length];
        args[0] = verb;
        args[1] = scriptOrSha;
        args[2] = keys.Length;
        for (var i = 0; i < keys.Length; i++)
        {
            args[3 + i] = Key(keys[i]);
        }

        values.CopyTo(args, 3 + keys.Length);
        return args;
    }

    private RedisValue[] RangeByScore(RedisKey key, double start, double stop, Exclude exclude, Order order, long skip, long take, bool withScores)
    {
        var low = Bound(start, (exclude & Exclude.Start) != 0);
        var high = Bound(stop, (exclude & Exclude.Stop) != 0);
        var args = new List<RedisValue>(10) { "ZRANGE", Key(key) };
        if (order == Order.Descending)
        {
            args.AddRange([high, low, "BYSCORE", "REV"]);
        }
        else
        {
            args.AddRange([low, high, "BYSCORE"]);
        }

        if (skip != 0 || take != -1)
        {
            args.AddRange(["LIMIT", skip, take]);
        }

        if (withScores)
        {
            args.Add("WITHSCORES");
        }

        return [.. args];
    }

    /// <summary>RESP2 answers WITHSCORES flat (member, score, ...); RESP3 as pairs [member, score].</summary>
    private static SortedSetEntry[] ParseScored(RedisResult reply)
    {
        if (reply.Items.Count > 0 && reply.Items[0].Type == ResultType.Array)
        {
            return reply.Items.Select(p => new SortedSetEntry(p.Items[0].ToRedisValue(), p.Items[1].ToDouble())).ToArray();
        }

        return reply.ToPairs().Select(p => new SortedSetEntry(p.Key.ToRedisValue(), p.Value.ToDouble())).ToArray();
    }

    private static RedisValue Bound(double value, bool exclusive)
    {
        var text = RedisValue.FormatDouble(value);
        return exclusive ? "(" + text : text;
    }

    private static long Milliseconds(TimeSpan ttl) =>
        ttl > TimeSpan.Zero ? Math.Max(1, (long)ttl.TotalMilliseconds) : throw new ArgumentOutOfRangeException(nameof(ttl), "An expiry must be positive.");

    private static RedisValue ToValue(object arg) => arg switch
    {
        RedisValue v => v,
        RedisKey k => (byte[]?)k,
        string s => s,
        byte[] b => b,
        int n => n,
        long n => n,
        double d => d,
        bool b => b,
        RedisChannel c => c.Name,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => arg.ToString(),
    };
}
