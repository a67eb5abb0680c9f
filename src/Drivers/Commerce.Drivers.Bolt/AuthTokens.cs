namespace Commerce.Drivers.Bolt;

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
