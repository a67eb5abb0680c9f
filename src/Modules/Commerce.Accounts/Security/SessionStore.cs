using System.Globalization;
using System.Text.Json;
using Commerce.Drivers.Redis;

namespace Commerce.Accounts;

/// <summary>
/// Login sessions in Redis: <c>session:{sha256(token)}</c> holds the user as JSON with a sliding expiry, and
/// <c>user-sessions:{userId}</c> lists a user's session ids so a password change can end the others.
/// </summary>
public sealed class SessionStore(IConnectionMultiplexer redis, AccountsKeys keys, AccountsOptions options, TimeProvider clock)
{
    private IDatabase Db => redis.GetDatabase();

    public TimeSpan Lifetime => options.SessionLifetime;

    private long LifetimeSeconds => (long)options.SessionLifetime.TotalSeconds;

    /// <summary>Starts a session; returns the bearer token (shown to the client once) and the session.</summary>
    public async Task<(string Token, Session Session)> CreateAsync(Guid userId, string email, string role, CancellationToken cancellationToken)
    {
        var token = SecretTokens.NewToken();
        var session = new Session(SecretTokens.Sha256Hex(token), userId, email, role, clock.GetUtcNow());
        var json = JsonSerializer.Serialize(new StoredSession(userId, email, role, session.CreatedAt));
        var set = Db.StringSetAsync(keys.Session(session.Id), json, options.SessionLifetime, cancellationToken: cancellationToken);
        var index = Db.SetAddAsync(keys.UserSessions(userId), session.Id, cancellationToken);
        var expire = Db.KeyExpireAsync(keys.UserSessions(userId), options.SessionLifetime, cancellationToken);
        await Task.WhenAll(set, index, expire);
        return (token, session);
    }

    /// <summary>The session of a token, its expiry pushed back (GETEX: one round trip); null when unknown or expired.</summary>
    public async Task<Session?> TouchAsync(string token, CancellationToken cancellationToken)
    {
        var id = SecretTokens.Sha256Hex(token);
        var reply = await Db.ExecuteAsync("GETEX", [keys.Session(id), "EX", LifetimeSeconds.ToString(CultureInfo.InvariantCulture)], cancellationToken);
        if (reply.IsNull || (string?)reply is not { Length: > 0 } json)
        {
            return null;
        }

        var stored = JsonSerializer.Deserialize<StoredSession>(json);
        return stored is null ? null : new Session(id, stored.UserId, stored.Email, stored.Role, stored.CreatedAt);
    }

    public Task EndAsync(Session session, CancellationToken cancellationToken) =>
        Task.WhenAll(
            Db.KeyDeleteAsync(keys.Session(session.Id), cancellationToken),
            Db.SetRemoveAsync(keys.UserSessions(session.UserId), session.Id, cancellationToken));

    /// <summary>Ends every session of the user but <paramref name="keepSessionId"/> (all when null); returns how many ended.</summary>
    public async Task<int> EndAllAsync(Guid userId, string? keepSessionId, CancellationToken cancellationToken)
    {
        var ids = (await Db.SetMembersAsync(keys.UserSessions(userId), cancellationToken))
            .Select(v => (string)v!)
            .Where(id => id != keepSessionId)
            .ToList();
        if (ids.Count == 0)
        {
            return 0;
        }

        var ended = await Db.KeyDeleteAsync(ids.Select(keys.Session).ToArray(), cancellationToken);
        await Task.WhenAll(ids.Select(id => Db.SetRemoveAsync(keys.UserSessions(userId), id, cancellationToken)));
        return (int)ended;
    }

    private sealed record StoredSession(Guid UserId, string Email, string Role, DateTimeOffset CreatedAt);
}
