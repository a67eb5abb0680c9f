namespace Commerce.Drivers.Bolt;

public sealed class SessionConfigBuilder
{
    internal SessionConfig Config { get; private set; } = new();

    public SessionConfigBuilder WithDatabase(string database) => Set(Config with { Database = database });

    public SessionConfigBuilder WithDefaultAccessMode(AccessMode mode) => Set(Config with { DefaultAccessMode = mode });

    public SessionConfigBuilder WithBookmarks(params Bookmarks[] bookmarks) =>
        Set(Config with { Bookmarks = bookmarks.SelectMany(b => b.Values).Distinct().ToList() });

    public SessionConfigBuilder WithFetchSize(long size) => Set(Config with { FetchSize = size });

    private SessionConfigBuilder Set(SessionConfig config)
    {
        Config = config;
        return this;
    }
}
