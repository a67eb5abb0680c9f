using System.Net;
using System.Net.Sockets;
using System.Text;
using Commerce.Drivers.Redis.Protocol;

namespace Commerce.Drivers.Redis.Tests.Support;

/// <summary>
/// A loopback server that answers each command with bytes the test chose, sent one byte per write,
/// so the client's reader sees every frame split at every possible point.
/// </summary>
public sealed class FakeRedisServer : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly Func<string[], string> _answer;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public FakeRedisServer(Func<string[], string> answer, int port = 0)
    {
        _listener = new TcpListener(IPAddress.Loopback, port);
        _listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        _answer = answer;
        _listener.Start();
        _loop = Task.Run(AcceptLoopAsync);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public List<string[]> Received { get; } = [];

    private async Task AcceptLoopAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var socket = await _listener.AcceptSocketAsync(_stop.Token);
                _ = Task.Run(() => ServeAsync(socket));
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task ServeAsync(Socket socket)
    {
        socket.NoDelay = true;
        using var _ = socket;
        var buffer = new byte[64 * 1024];
        var filled = 0;
        try
        {
            while (true)
            {
                var read = await socket.ReceiveAsync(buffer.AsMemory(filled), _stop.Token);
                if (read == 0)
                {
                    return;
                }

                filled += read;
                while (RespParser.TryParse(buffer.AsSpan(0, filled), out var command, out var used))
                {
                    buffer.AsSpan(used, filled - used).CopyTo(buffer);
                    filled -= used;
                    var args = command!.Items.Select(i => Encoding.UTF8.GetString(i.Bytes!)).ToArray();
                    lock (Received)
                    {
                        Received.Add(args);
                    }

                    foreach (var b in Encoding.Latin1.GetBytes(_answer(args)))
                    {
                        await socket.SendAsync(new[] { b }, SocketFlags.None);
                    }
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        await _loop;
    }
}
