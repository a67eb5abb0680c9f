using Commerce.Drivers.Cql;
using Microsoft.Extensions.Logging;

namespace Commerce.Analytics;

/// <summary>
/// The analytics' one Cassandra session, opened on first use and with the schema in place. A failed attempt (the
/// store is down) is forgotten, so the next use tries again: a store that is down at start-up fails only the
/// analytics, never the host.
/// </summary>
public sealed class AnalyticsStore(AnalyticsOptions options, ILogger<AnalyticsStore> logger) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly string _keyspace = options.CheckedKeyspace();
    private Cluster? _cluster;
    private ISession? _session;

    public string Keyspace => _keyspace;

    /// <summary>The table's name qualified by the keyspace (the session is opened without one, as the keyspace may not exist yet).</summary>
    public string Table(string name) => _keyspace + "." + name;

    public async ValueTask<ISession> SessionAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _session) is { } ready)
        {
            return ready;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_session is not null)
            {
                return _session;
            }

            _cluster ??= Cluster.Builder().WithConnectionString(options.ConnectionString).Build();
            var session = await _cluster.ConnectAsync(cancellationToken: cancellationToken);
            try
            {
                foreach (var statement in AnalyticsSchema.Statements(_keyspace, options.ReplicationFactor))
                {
                    await session.ExecuteAsync(new SimpleStatement(statement).SetConsistencyLevel(ConsistencyLevel.All), cancellationToken);
                }
            }
            catch
            {
                await session.DisposeAsync();
                throw;
            }

            logger.LogInformation("Analytics tables ready in keyspace {Keyspace}", _keyspace);
            Volatile.Write(ref _session, session);
            return session;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<PreparedStatement> PrepareAsync(string cql, CancellationToken cancellationToken)
    {
        var session = await SessionAsync(cancellationToken);
        return await session.PrepareAsync(cql, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_session is not null)
        {
            await _session.DisposeAsync();
        }

        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }

        _gate.Dispose();
    }
}
