using System.Net.Sockets;

namespace Commerce.Gateway.Health;

/// <summary>The stand-in check until a store's module brings its own: can a TCP connection to it be opened?</summary>
public sealed class TcpStoreHealthCheck(string host, int port) : IStoreHealthCheck
{
    public async Task<bool> CheckAsync(CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(host, port, cancellationToken);
        return client.Connected;
    }
}
