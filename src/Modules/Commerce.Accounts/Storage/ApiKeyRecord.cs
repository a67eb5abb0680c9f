namespace Commerce.Accounts;

/// <summary>A row of <c>accounts.api_keys</c>.</summary>
public sealed class ApiKeyRecord
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    public string Prefix { get; set; } = "";

    public byte[] KeyHash { get; set; } = [];

    public string Role { get; set; } = Roles.Marketing;

    public Guid CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}
