using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Accounts;

/// <summary>
/// API keys for marketing tools: <c>mk_{prefix}_{secret}</c>. The prefix is stored in clear for lookup, the
/// whole key only as its SHA-256 (the key is random and long, so a fast hash is enough), compared in constant time.
/// </summary>
public sealed class ApiKeyService(IDbContextFactory<AccountsDbContext> contexts, TimeProvider clock)
{
    private const string Marker = "mk_";

    public static bool LooksLikeKey(string token) => token.StartsWith(Marker, StringComparison.Ordinal);

    /// <summary>Creates a key; the returned plain key is never stored and cannot be shown again.</summary>
    public async Task<(string Key, ApiKeyRecord Record)> CreateAsync(string name, Guid createdBy, CancellationToken cancellationToken)
    {
        var prefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var key = Marker + prefix + "_" + SecretTokens.NewToken();
        var record = new ApiKeyRecord
        {
            Id = Guid.CreateVersion7(),
            Name = name,
            Prefix = prefix,
            KeyHash = SecretTokens.Sha256(key),
            Role = Roles.Marketing,
            CreatedBy = createdBy,
            CreatedAt = clock.GetUtcNow(),
        };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.ApiKeys.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return (key, record);
    }

    public async Task<ApiKeyRecord?> FindAsync(string key, CancellationToken cancellationToken)
    {
        var parts = key.Split('_', 3);
        if (parts.Length != 3 || parts[1].Length != 12)
        {
            return null;
        }

        var prefix = parts[1];
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var record = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Prefix == prefix && k.RevokedAt == null, cancellationToken);
        return record is not null && CryptographicOperations.FixedTimeEquals(record.KeyHash, SecretTokens.Sha256(key)) ? record : null;
    }
}
