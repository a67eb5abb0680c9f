using System.Net;
using System.Net.Sockets;
using Commerce.Drivers.Cql.Connections;

namespace Commerce.Drivers.Cql;

/// <summary>The entry point: <c>await using var cluster = Cluster.Builder().AddContactPoint(host).Build();</c></summary>
public sealed class Cluster : ICluster
{
    private readonly List<Session> _sessions = [];
    private readonly Lock _lock = new();
    private byte? _protocolVersion;

    internal Cluster(ClusterSettings settings) => Settings = settings;

    internal ClusterSettings Settings { get; }

    public static Builder Builder() => new();

    public IReadOnlyList<string> ContactPoints => Settings.ContactPoints;

    public int Port => Settings.Port;

    /// <summary>The protocol version negotiated by the first connection, once one has opened.</summary>
    public int? ProtocolVersion => _protocolVersion;

    public async Task<ISession> ConnectAsync(string? keyspace = null, CancellationToken cancellationToken = default)
    {
        var endPoints = await ResolveAsync(cancellationToken).ConfigureAwait(false);
        var session = new Session(this, endPoints, keyspace ?? Settings.DefaultKeyspace);
        try
        {
            await session.WarmUpAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await session.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        lock (_lock) _sessions.Add(session);
        return session;
    }

    /// <summary>Opens a connection, negotiating the protocol version the first time and reusing it after.</summary>
    internal async Task<Connection> OpenConnectionAsync(IPEndPoint endPoint, CancellationToken cancellationToken)
    {
        var connection = await ProtocolNegotiation.OpenAsync(endPoint, _protocolVersion ?? Settings.MaxProtocolVersion,
            Settings.Connection, cancellationToken).ConfigureAwait(false);
        _protocolVersion ??= connection.ProtocolVersion;
        return connection;
    }

    internal void Forget(Session session)
    {
        lock (_lock) _sessions.Remove(session);
    }

    private async Task<IReadOnlyList<IPEndPoint>> ResolveAsync(CancellationToken cancellationToken)
    {
        var endPoints = new List<IPEndPoint>();
        var errors = new Dictionary<IPEndPoint, Exception>();
        foreach (var host in Settings.ContactPoints)
        {
            if (IPAddress.TryParse(host, out var address))
            {
                endPoints.Add(new IPEndPoint(address, Settings.Port));
                continue;
            }
            try
            {
                var addresses = await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
                endPoints.AddRange(addresses.Where(a => a.AddressFamily is AddressFamily.InterNetwork or AddressFamily.InterNetworkV6)
                    .Select(a => new IPEndPoint(a, Settings.Port)));
            }
            catch (SocketException ex)
            {
                errors[new IPEndPoint(IPAddress.None, Settings.Port)] = new DriverException($"Cannot resolve '{host}': {ex.Message}", ex);
            }
        }
        if (endPoints.Count == 0) throw new NoHostAvailableException(errors);
        return endPoints.Distinct().ToArray();
    }

    public async ValueTask DisposeAsync()
    {
        Session[] sessions;
        lock (_lock) sessions = [.. _sessions];
        foreach (var session in sessions) await session.DisposeAsync().ConfigureAwait(false);
    }
}
