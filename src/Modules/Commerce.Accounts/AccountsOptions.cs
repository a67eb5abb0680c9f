namespace Commerce.Accounts;

/// <summary>Settings of the accounts module (configuration section <c>Accounts</c>, connection strings from <c>ConnectionStrings</c>).</summary>
public sealed record AccountsOptions
{
    public const string DefaultConnectionString = "Host=127.0.0.1;Port=15432;Username=postgres;Database=commerce";
    public const string DefaultRedis = "127.0.0.1:16379";

    public string ConnectionString { get; init; } = DefaultConnectionString;

    public string RedisConfiguration { get; init; } = DefaultRedis;

    /// <summary>First part of every Redis key the module writes (sessions, rate limits).</summary>
    public string RedisKeyPrefix { get; init; } = "commerce";

    public bool MigrateOnStart { get; init; } = true;

    /// <summary>OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256; stored hashes record their own count.</summary>
    public int PasswordIterations { get; init; } = PasswordHasher.DefaultIterations;

    /// <summary>Sliding: every authenticated request pushes the end this far again.</summary>
    public TimeSpan SessionLifetime { get; init; } = TimeSpan.FromDays(14);

    public string? BootstrapAdminEmail { get; init; }

    public string? BootstrapAdminPassword { get; init; }

    /// <summary>Failed logins for one email before it is locked out; refilled over <see cref="LoginFailureWindow"/>.</summary>
    public int LoginFailuresPerAccount { get; init; } = 5;

    /// <summary>Failed logins from one client address (any email) before it is locked out.</summary>
    public int LoginFailuresPerAddress { get; init; } = 20;

    public TimeSpan LoginFailureWindow { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>GraphQL requests a client may make per <see cref="RequestWindow"/>; 0 turns the limit off.</summary>
    public int RequestsPerWindow { get; init; } = 600;

    public TimeSpan RequestWindow { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>The path the request rate limit guards.</summary>
    public string GraphQLPath { get; init; } = "/graphql";
}
