namespace Commerce.Drivers.Bolt;

public sealed record SessionConfig
{
    /// <summary>Target database (Bolt 4+); null means the server's default.</summary>
    public string? Database { get; init; }

    public AccessMode DefaultAccessMode { get; init; } = AccessMode.Write;

    public IReadOnlyList<string> Bookmarks { get; init; } = [];

    public long? FetchSize { get; init; }
}
