namespace Commerce.Accounts;

/// <summary>A row of <c>accounts.users</c>.</summary>
public sealed class UserRecord
{
    public Guid Id { get; set; }

    public string Email { get; set; } = "";

    public string Name { get; set; } = "";

    public string Role { get; set; } = Roles.Customer;

    public string PasswordHash { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
