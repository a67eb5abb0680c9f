using Commerce.Drivers.Redis;
using Microsoft.Extensions.Logging;

namespace Commerce.Catalog;

/// <summary>
/// Products by id in Redis, in front of MongoDB. A batch is read with ONE <c>MGET</c> and its misses written back
/// with ONE script call; an invalidation replaces the value with a short-lived empty marker (a "hold") that the
/// write-back respects, so a read that fetched the document before a write cannot restore the old version.
/// Missing products are never cached, so a product created later is never hidden.
/// Redis failing or slow never fails a read: every call is bounded by <see cref="CatalogCacheOptions.Timeout"/>,
/// and after a failure Redis is skipped for <see cref="CatalogCacheOptions.RetryAfterFailure"/>.
/// </summary>
public sealed class ProductCache
{
    // KEYS: product keys; ARGV[1]: TTL in ms; ARGV[i + 1]: the value for KEYS[i].
    // A key holding the empty hold marker stays as it is: the product changed after this read began.
    private const string WriteBackScript = """
        local written = 0
        for i, key in ipairs(KEYS) do
          if redis.call('GET', key) ~= '' then
            redis.call('SET', key, ARGV[i + 1], 'PX', ARGV[1])
            written = written + 1
          end
        end
        return written
        """;

    private static readonly TimeSpan WarningInterval = TimeSpan.FromSeconds(30);

    private readonly IConnectionMultiplexer _redis;
    private readonly ProductCacheKeys _keys;
    private readonly ProductCodec _codec;
    private readonly CatalogCacheOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<ProductCache> _logger;
    private long _skipUntil;
    private long _lastWarning = long.MinValue;

    public ProductCache(
        IConnectionMultiplexer redis, ProductCacheKeys keys, CatalogDatabase database, CatalogCacheOptions options, TimeProvider clock, ILogger<ProductCache> logger)
    {
        _redis = redis;
        _keys = keys;
        _codec = new ProductCodec(database.Mapper);
        _options = options;
        _clock = clock;
        _logger = logger;
    }

    public ProductCacheCounters Counters { get; } = new();

    /// <summary>The cached products among <paramref name="ids"/> (distinct ids); everything else is a miss.</summary>
    public async Task<Dictionary<string, Product>> GetManyAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, Product>(StringComparer.Ordinal);
        var keyed = Keyed(ids);
        if (keyed.Count == 0 || IsSkipping())
        {
            Counters.Miss(ids.Count);
            return found;
        }

        var keys = keyed.Select(k => k.Key).ToArray();
        var values = await TryAsync(ct => _redis.GetDatabase().StringGetAsync(keys, ct), cancellationToken);
        if (values is null)
        {
            Counters.Miss(ids.Count);
            return found;
        }

        for (var i = 0; i < keyed.Count && i < values.Length; i++)
        {
            var bytes = (byte[]?)values[i];
            if (bytes is null || bytes.Length == 0)
            {
                continue; // absent, or held after a change
            }

            if (_codec.TryDecode(bytes) is { } product && product.Id == keyed[i].Id)
            {
                found[product.Id] = product;
            }
            else
            {
                Counters.UnreadableValue();
            }
        }

        Counters.Hit(found.Count);
        Counters.Miss(ids.Count - found.Count);
        return found;
    }

    /// <summary>Writes products read from MongoDB back, in one call, except those changed since (held).</summary>
    public async Task PutManyAsync(IReadOnlyCollection<Product> products, CancellationToken cancellationToken)
    {
        var keys = new List<RedisKey>(products.Count);
        var values = new List<RedisValue>(products.Count + 1) { (long)_options.Ttl.TotalMilliseconds };
        foreach (var product in products)
        {
            if (_keys.Product(product.Id) is { } key)
            {
                keys.Add(key);
                values.Add(_codec.Encode(product));
            }
        }

        if (keys.Count == 0 || IsSkipping())
        {
            return;
        }

        await TryAsync(ct => _redis.GetDatabase().ScriptEvaluateAsync(WriteBackScript, [.. keys], [.. values], ct), cancellationToken);
    }

    /// <summary>
    /// Call after the product's MongoDB write: replaces the cached value with the hold marker. Never throws; when
    /// Redis cannot be reached the failure is counted and logged, and the old value lives at most its TTL.
    /// </summary>
    public async Task InvalidateAsync(string id, CancellationToken cancellationToken = default)
    {
        if (_keys.Product(id) is not { } key)
        {
            return;
        }

        // Not skipped while reads skip Redis: a missed invalidation costs staleness, a slow one only time.
        var done = await TryAsync(ct => _redis.GetDatabase().StringSetAsync(key, RedisValue.EmptyString, _options.InvalidationHold, When.Always, ct), cancellationToken);
        if (!done)
        {
            Counters.FailedInvalidation();
            _logger.LogWarning("Product {ProductId} changed but its cache entry could not be invalidated; it may be served stale for up to {Ttl}", id, _options.Ttl);
        }
    }

    private List<(string Id, RedisKey Key)> Keyed(IReadOnlyList<string> ids)
    {
        var keyed = new List<(string, RedisKey)>(ids.Count);
        foreach (var id in ids)
        {
            if (_keys.Product(id) is { } key)
            {
                keyed.Add((id, key));
            }
        }

        return keyed;
    }

    private bool IsSkipping()
    {
        if (_clock.GetTimestamp() < Interlocked.Read(ref _skipUntil))
        {
            Counters.Fallback();
            return true;
        }

        return false;
    }

    /// <summary>The call's result, or default when Redis failed or was slower than the cache's timeout.</summary>
    private async Task<T?> TryAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        try
        {
            return await call(timeout.Token);
        }
        catch (Exception e) when (e is RedisException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            Counters.Fallback();
            Interlocked.Exchange(ref _skipUntil, _clock.GetTimestamp() + (long)(_options.RetryAfterFailure.TotalSeconds * _clock.TimestampFrequency));
            LogFailure(e);
            return default;
        }
    }

    // One warning per interval, the rest at debug: an outage must not flood the log with one line per read.
    private void LogFailure(Exception e)
    {
        var now = _clock.GetTimestamp();
        var last = Interlocked.Read(ref _lastWarning);
        var due = last == long.MinValue || _clock.GetElapsedTime(last, now) >= WarningInterval;
        if (due && Interlocked.CompareExchange(ref _lastWarning, now, last) == last)
        {
            _logger.LogWarning(e, "Product cache unavailable; reading from MongoDB (further failures within {Interval} logged at debug level)", WarningInterval);
        }
        else
        {
            _logger.LogDebug(e, "Product cache unavailable; reading from MongoDB");
        }
    }
}
