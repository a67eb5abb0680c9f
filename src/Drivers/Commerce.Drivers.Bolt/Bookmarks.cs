namespace Commerce.Drivers.Bolt;

/// <summary>Markers of committed transactions; a session given them reads its own (or another session's) writes.</summary>
public sealed record Bookmarks(IReadOnlyList<string> Values)
{
    public static Bookmarks From(params string[] values) => new(values);

    public bool Equals(Bookmarks? other) => other is not null && Values.SequenceEqual(other.Values);

    public override int GetHashCode() => Values.Aggregate(0, (hash, value) => HashCode.Combine(hash, value));
}
