using System.Globalization;
using System.Security.Cryptography;
using Commerce.Accounts;
using Commerce.Drivers.Redis;

namespace Commerce.Carts;

/// <summary>
/// Carts in Redis: a meta hash (owner, currency, timestamps, version) and a lines hash (field = product id and
/// variant SKU, value = quantity), both expiring after <see cref="CartsOptions.Lifetime"/> without writes.
/// Reads here do no ownership check; <see cref="CartWriteResult"/> and the GraphQL layer do.
/// </summary>
public sealed class CartStore(IConnectionMultiplexer redis, CartKeys keys, CartsOptions options, TimeProvider clock) : ICartReader
{
    private IDatabase Db => redis.GetDatabase();

    private string LifetimeSeconds => ((long)options.Lifetime.TotalSeconds).ToString(CultureInfo.InvariantCulture);

    private string Now => clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);

    /// <summary>A new empty cart; owned by <paramref name="owner"/>, or a guest cart when null.</summary>
    public async Task<string> CreateAsync(Guid? owner, string currency, CancellationToken cancellationToken)
    {
        var id = NewId();
        var now = Now;
        var meta = keys.Meta(id);
        await Db.HashSetAsync(meta,
        [
            new HashEntry("owner", owner?.ToString("N") ?? ""),
            new HashEntry("currency", currency),
            new HashEntry("createdAt", now),
            new HashEntry("updatedAt", now),
            new HashEntry("version", 0),
        ], cancellationToken);
        var tasks = new List<Task> { Db.KeyExpireAsync(meta, options.Lifetime, cancellationToken) };
        if (owner is { } user)
        {
            tasks.Add(Db.StringSetAsync(keys.UserCart(user), id, options.Lifetime, cancellationToken: cancellationToken));
        }

        await Task.WhenAll(tasks);
        return id;
    }

    /// <summary>The user's own cart id, when it still exists.</summary>
    public async Task<string?> FindUserCartIdAsync(Guid userId, CancellationToken cancellationToken)
    {
        var id = (string?)await Db.StringGetAsync(keys.UserCart(userId), cancellationToken);
        return id is not null && await Db.KeyExistsAsync(keys.Meta(id), cancellationToken) ? id : null;
    }

    public async Task<CartSnapshot?> GetCartAsync(string cartId, CancellationToken cancellationToken = default)
    {
        if (!CartKeys.IsWellFormedId(cartId))
        {
            return null;
        }

        var metaTask = Db.HashGetAllAsync(keys.Meta(cartId), cancellationToken);
        var linesTask = Db.HashGetAllAsync(keys.Lines(cartId), cancellationToken);
        await RedisGuard.RunAsync(async () =>
        {
            await Task.WhenAll(metaTask, linesTask);
            return true;
        });
        var meta = metaTask.Result.ToDictionary(e => (string)e.Name!, e => (string?)e.Value ?? "", StringComparer.Ordinal);
        if (!meta.TryGetValue("owner", out var owner))
        {
            return null;
        }

        var lines = linesTask.Result
            .Select(e =>
            {
                var (productId, sku) = CartKeys.ParseLineField((string)e.Name!);
                return new CartLineItem(productId, sku, int.Parse((string)e.Value!, CultureInfo.InvariantCulture));
            })
            .OrderBy(l => l.ProductId, StringComparer.Ordinal)
            .ThenBy(l => l.VariantSku, StringComparer.Ordinal)
            .ToList();
        return new CartSnapshot(
            cartId,
            owner.Length == 0 ? null : Guid.ParseExact(owner, "N"),
            meta.GetValueOrDefault("currency", ""),
            lines,
            long.Parse(meta.GetValueOrDefault("version", "0"), CultureInfo.InvariantCulture),
            DateTimeOffset.Parse(meta.GetValueOrDefault("createdAt", "0001-01-01T00:00:00Z"), CultureInfo.InvariantCulture),
            DateTimeOffset.Parse(meta.GetValueOrDefault("updatedAt", "0001-01-01T00:00:00Z"), CultureInfo.InvariantCulture));
    }

    public async Task<bool> ClearCartAsync(string cartId, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        if (!CartKeys.IsWellFormedId(cartId))
        {
            return false;
        }

        // Checkout has already checked the owner; the reader acts for the owner of the snapshot.
        var owner = (string?)await Db.HashGetAsync(keys.Meta(cartId), "owner", cancellationToken);
        if (owner is null)
        {
            return false;
        }

        var result = await RunAsync(CartScripts.Clear, cartId, owner, [expectedVersion?.ToString(CultureInfo.InvariantCulture) ?? ""], cancellationToken);
        return result > 0;
    }

    public Task<long> AddLineAsync(string cartId, string? caller, string productId, string variantSku, int quantity, string currency, CancellationToken cancellationToken) =>
        RunAsync(CartScripts.AddLine, cartId, caller,
            [CartKeys.LineField(productId, variantSku), quantity, options.MaxQuantityPerLine, options.MaxLines, currency], cancellationToken);

    public Task<long> SetLineAsync(string cartId, string? caller, string productId, string variantSku, int quantity, CancellationToken cancellationToken) =>
        RunAsync(CartScripts.SetLine, cartId, caller, [CartKeys.LineField(productId, variantSku), quantity], cancellationToken);

    public Task<long> RemoveLineAsync(string cartId, string? caller, string productId, string variantSku, CancellationToken cancellationToken) =>
        RunAsync(CartScripts.RemoveLine, cartId, caller, [CartKeys.LineField(productId, variantSku)], cancellationToken);

    public Task<long> ClearAsync(string cartId, string? caller, CancellationToken cancellationToken) =>
        RunAsync(CartScripts.Clear, cartId, caller, [""], cancellationToken);

    /// <summary>Merges a guest cart into the user's cart, or hands it over when the user has none. Returns the user's cart id, or null.</summary>
    public async Task<string?> MergeGuestCartAsync(Guid userId, string guestCartId, CancellationToken cancellationToken)
    {
        if (!CartKeys.IsWellFormedId(guestCartId))
        {
            return null;
        }

        var user = userId.ToString("N");
        var userCartId = await FindUserCartIdAsync(userId, cancellationToken);
        if (userCartId == guestCartId)
        {
            return userCartId;
        }

        if (userCartId is null)
        {
            var claimed = await Db.ScriptEvaluateAsync(
                CartScripts.Claim,
                [keys.Meta(guestCartId), keys.Lines(guestCartId), keys.UserCart(userId)],
                [user, Now, LifetimeSeconds, guestCartId],
                cancellationToken);
            return claimed.ToInt64() > 0 ? guestCartId : null;
        }

        var merged = await Db.ScriptEvaluateAsync(
            CartScripts.Merge,
            [keys.Meta(userCartId), keys.Lines(userCartId), keys.Meta(guestCartId), keys.Lines(guestCartId)],
            [user, Now, LifetimeSeconds, options.MaxQuantityPerLine, options.MaxLines],
            cancellationToken);
        return merged.ToInt64() >= 0 ? userCartId : null;
    }

    private async Task<long> RunAsync(string script, string cartId, string? caller, RedisValue[] arguments, CancellationToken cancellationToken)
    {
        if (!CartKeys.IsWellFormedId(cartId))
        {
            return CartWriteResult.NotFound;
        }

        RedisValue[] values = [caller ?? "", Now, LifetimeSeconds, .. arguments];
        var reply = await RedisGuard.RunAsync(() => Db.ScriptEvaluateAsync(script, [keys.Meta(cartId), keys.Lines(cartId)], values, cancellationToken));
        return reply.ToInt64();
    }

    private static string NewId()
    {
        Span<byte> bytes = stackalloc byte[16];
        RandomNumberGenerator.Fill(bytes);
        return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}

/// <summary>The refusals a cart script answers with (see <see cref="CartScripts"/>).</summary>
public static class CartWriteResult
{
    public const long NotFound = -1;
    public const long OverLineLimit = -2;
    public const long LineMissing = -3;
    public const long TooManyLines = -4;
    public const long VersionChanged = -5;
    public const long CurrencyMismatch = -6;
}
