using Commerce.Drivers.Bolt;

namespace Commerce.Recommendations.Graph;

/// <summary>
/// The module's own Neo4j driver; no other module reaches it. Reads are auto-commit queries (RUN and PULL in one
/// write: one round trip, no retry loop), writes are transaction functions (retried by the driver on transient
/// failures).
/// </summary>
public sealed class RecommendationsGraph : IAsyncDisposable
{
    private readonly IDriver _driver;

    public RecommendationsGraph(RecommendationsOptions options)
    {
        var uri = new Uri(options.ConnectionString);
        var auth = uri.UserInfo is { Length: > 0 } userInfo
            ? AuthTokens.Basic(Uri.UnescapeDataString(userInfo.Split(':', 2)[0]), Uri.UnescapeDataString(userInfo.Split(':', 2).ElementAtOrDefault(1) ?? ""))
            : AuthTokens.None;
        _driver = GraphDatabase.Driver(
            new UriBuilder(uri) { UserName = "", Password = "" }.Uri,
            auth,
            c => c.WithConnectionTimeout(options.ConnectionTimeout)
                .WithConnectionAcquisitionTimeout(options.ConnectionTimeout)
                .WithMaxTransactionRetryTime(TimeSpan.FromSeconds(5)));
    }

    public async Task<List<IRecord>> ReadAsync(string cypher, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        await using var session = _driver.AsyncSession(o => o.WithDefaultAccessMode(AccessMode.Read));
        var cursor = await session.RunAsync(new Query(cypher, parameters), cancellationToken);
        return await cursor.ToListAsync(cancellationToken);
    }

    public async Task WriteAsync(IReadOnlyList<Query> statements, CancellationToken cancellationToken)
    {
        await using var session = _driver.AsyncSession(o => o.WithDefaultAccessMode(AccessMode.Write));
        await session.ExecuteWriteAsync(
            async tx =>
            {
                foreach (var statement in statements)
                {
                    var cursor = await tx.RunAsync(statement);
                    await cursor.ConsumeAsync();
                }
            },
            cancellationToken: cancellationToken);
    }

    /// <summary>Runs one statement outside an explicit transaction (schema statements must).</summary>
    public async Task RunAsync(string cypher, CancellationToken cancellationToken)
    {
        await using var session = _driver.AsyncSession(o => o.WithDefaultAccessMode(AccessMode.Write));
        var cursor = await session.RunAsync(new Query(cypher), cancellationToken);
        await cursor.ConsumeAsync();
    }

    public Task<IServerInfo> GetServerInfoAsync(CancellationToken cancellationToken) => _driver.GetServerInfoAsync(cancellationToken);

    public ValueTask DisposeAsync() => _driver.DisposeAsync();
}
