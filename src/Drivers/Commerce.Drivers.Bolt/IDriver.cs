namespace Commerce.Drivers.Bolt;

/// <summary>Holds the connection pool of one server; create one per application and share it.</summary>
public interface IDriver : IAsyncDisposable, IDisposable
{
    IAsyncSession AsyncSession();

    IAsyncSession AsyncSession(Action<SessionConfigBuilder> configure);

    /// <summary>Opens (or reuses) a connection, completing the handshake and authentication.</summary>
    Task VerifyConnectivityAsync(CancellationToken cancellationToken = default);

    Task<IServerInfo> GetServerInfoAsync(CancellationToken cancellationToken = default);

    DriverConfig Config { get; }
}
