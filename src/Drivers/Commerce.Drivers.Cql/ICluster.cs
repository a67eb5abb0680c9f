namespace Commerce.Drivers.Cql;

/// <summary>A set of contact points and how to talk to them; sessions are opened from it.</summary>
public interface ICluster : IAsyncDisposable
{
    IReadOnlyList<string> ContactPoints { get; }

    /// <summary>Opens a session, optionally switched to <paramref name="keyspace"/> (else the builder's default keyspace).</summary>
    Task<ISession> ConnectAsync(string? keyspace = null, CancellationToken cancellationToken = default);
}
