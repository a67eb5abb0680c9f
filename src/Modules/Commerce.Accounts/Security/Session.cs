namespace Commerce.Accounts;

/// <summary>What a session knows of its user; <see cref="Id"/> is the SHA-256 of the token.</summary>
public sealed record Session(string Id, Guid UserId, string Email, string Role, DateTimeOffset CreatedAt);
