namespace Commerce.Drivers.Mongo;

/// <summary>A user to authenticate as, and the database that holds the user (authSource).</summary>
public sealed record MongoCredential(string Username, string Password, string Source = "admin", string Mechanism = MongoCredential.ScramSha256)
{
    public const string ScramSha256 = "SCRAM-SHA-256";

    public override string ToString() => $"{Username}@{Source} ({Mechanism})";
}
