using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace Commerce.Drivers.Cql.Tests.Unit;

/// <summary>
/// A loopback peer that plays a fixed script of hand-written frames, for the protocol paths the real
/// Cassandra 2.1 cannot show (v4, authentication, out-of-order answers, a dying connection).
/// </summary>
internal sealed class ScriptedServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Task _accepting;
    private readonly List<Task> _connections = [];
    private int _accepted;

    public ScriptedServer(Func<ScriptedPeer, int, Task> script)
    {
        _listener.Start();
        _accepting = AcceptAsync(script);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public int Accepted => _accepted;

    public Cluster Cluster(int maxVersion = 4) => Cql.Cluster.Builder().AddContactPoint("127.0.0.1").WithPort(Port)
        .WithMaxProtocolVersion(maxVersion).WithConnectionsPerHost(1).WithRequestTimeout(TimeSpan.FromSeconds(30)).Build();

    /// <summary>Waits for the script of every accepted connection, surfacing its assertion failures.</summary>
    public async Task CompletedAsync()
    {
        Task[] running;
        lock (_connections) running = [.. _connections];
        await Task.WhenAll(running);
    }

    private async Task AcceptAsync(Func<ScriptedPeer, int, Task> script)
    {
        try
        {
            while (true)
            {
                var client = await _listener.AcceptTcpClientAsync();
                var index = Interlocked.Increment(ref _accepted) - 1;
                lock (_connections) _connections.Add(RunAsync(script, new ScriptedPeer(client), index));
            }
        }
        catch (Exception ex) when (ex is ObjectDisposedException or SocketException)
        {
            // The listener was stopped.
        }
    }

    private static async Task RunAsync(Func<ScriptedPeer, int, Task> script, ScriptedPeer peer, int index)
    {
        await using (peer) await script(peer, index);
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        await _accepting;
    }
}

internal sealed record ReceivedFrame(byte Version, byte Flags, short Stream, byte Opcode, byte[] Body);

internal sealed class ScriptedPeer(TcpClient client) : IAsyncDisposable
{
    private readonly NetworkStream _stream = client.GetStream();

    public async Task<ReceivedFrame> ReadAsync()
    {
        var header = new byte[9];
        await _stream.ReadExactlyAsync(header);
        var body = new byte[BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(5))];
        await _stream.ReadExactlyAsync(body);
        return new ReceivedFrame(header[0], header[1], BinaryPrimitives.ReadInt16BigEndian(header.AsSpan(2)), header[4], body);
    }

    /// <summary>Writes a response frame: the version byte gets the response bit.</summary>
    public async Task WriteAsync(byte version, byte flags, short stream, byte opcode, string bodyHex)
    {
        var body = Hex.Bytes(bodyHex);
        var frame = new byte[9 + body.Length];
        frame[0] = (byte)(0x80 | version);
        frame[1] = flags;
        BinaryPrimitives.WriteInt16BigEndian(frame.AsSpan(2), stream);
        frame[4] = opcode;
        BinaryPrimitives.WriteInt32BigEndian(frame.AsSpan(5), body.Length);
        body.CopyTo(frame, 9);
        await _stream.WriteAsync(frame);
    }

    /// <summary>Answers the STARTUP that opens every connection with READY.</summary>
    public async Task<ReceivedFrame> AcceptStartupAsync()
    {
        var startup = await ReadAsync();
        Assert.Equal(0x01, startup.Opcode);
        await WriteAsync(startup.Version, 0, startup.Stream, 0x02, "");
        return startup;
    }

    public void Close() => client.Client.Close();

    public ValueTask DisposeAsync()
    {
        client.Dispose();
        return ValueTask.CompletedTask;
    }
}
