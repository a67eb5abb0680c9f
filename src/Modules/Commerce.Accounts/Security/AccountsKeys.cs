using Commerce.Drivers.Redis;

namespace Commerce.Accounts;

/// <summary>Every Redis key of the module, built in one place under the configured prefix.</summary>
public sealed class AccountsKeys(AccountsOptions options)
{
    private readonly RedisKeyBuilder _keys = new(options.RedisKeyPrefix);

    /// <summary><c>{prefix}:session:{sha256(token)}</c>: the token itself is never stored.</summary>
    public RedisKey Session(string sessionId) => _keys.Key("session", sessionId);

    public RedisKey UserSessions(Guid userId) => _keys.Key("user-sessions", userId.ToString("N"));

    /// <summary>Keyed by a digest of the normalised email, so unknown emails are limited exactly like known ones.</summary>
    public RedisKey LoginFailuresOfAccount(string normalizedEmail) => _keys.Key("ratelimit", "login-account", SecretTokens.Sha256Hex(normalizedEmail));

    public RedisKey LoginFailuresOfAddress(string client) => _keys.Key("ratelimit", "login-address", Part(client));

    public RedisKey Requests(string client) => _keys.Key("ratelimit", "requests", Part(client));

    // IPv6 addresses contain the key separator.
    private static string Part(string value) => value.Replace(RedisKeyBuilder.Separator, '_');
}
