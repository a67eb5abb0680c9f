namespace Commerce.Drivers.Bolt;

/// <summary>Credentials as the auth dictionary of INIT, HELLO or LOGON.</summary>
public interface IAuthToken
{
    IReadOnlyDictionary<string, object?> Entries { get; }
}

public static class AuthTokens
{
    public static IAuthToken None { get; } = new AuthToken(new Dictionary<string, object?> { ["scheme"] = "none" });

    public static IAuthToken Basic(string username, string password) =>
        new AuthToken(new Dictionary<string, object?> { ["scheme"] = "basic", ["principal"] = username, ["credentials"] = password });

    public static IAuthToken Bearer(string token) =>
        new AuthToken(new Dictionary<string, object?> { ["scheme"] = "bearer", ["credentials"] = token });

    private sealed record AuthToken(IReadOnlyDictionary<string, object?> Entries) : IAuthToken
    {
        // Credentials never reach logs through ToString.
        public override string ToString() => $"AuthToken({Entries.GetValueOrDefault("scheme")})";
    }
}
