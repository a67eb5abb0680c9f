namespace Commerce.Drivers.Bolt.Internal;

internal sealed class Driver(string host, int port, IAuthToken auth, DriverConfig config) : IDriver
{
    private readonly ConnectionPool _pool = new(host, port, auth, config);

    internal ConnectionPool Pool => _pool;

    public DriverConfig Config => config;

    public string Address => $"{host}:{port}";

    public IAsyncSession AsyncSession() => AsyncSession(_ => { });

    public IAsyncSession AsyncSession(Action<SessionConfigBuilder> configure)
    {
        var builder = new SessionConfigBuilder();
        configure(builder);
        return new AsyncSession(_pool, builder.Config, Address);
    }

    public async Task VerifyConnectivityAsync(CancellationToken cancellationToken = default) =>
        await GetServerInfoAsync(cancellationToken).ConfigureAwait(false);

    public async Task<IServerInfo> GetServerInfoAsync(CancellationToken cancellationToken = default)
    {
        var connection = await _pool.AcquireAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return new ServerInfo(Address, connection.ServerAgent, connection.Version.ToString());
        }
        finally
        {
            await _pool.ReleaseAsync(connection).ConfigureAwait(false);
        }
    }

    public ValueTask DisposeAsync() => _pool.DisposeAsync();

    public void Dispose() => _pool.DisposeAsync().AsTask().GetAwaiter().GetResult();
}
