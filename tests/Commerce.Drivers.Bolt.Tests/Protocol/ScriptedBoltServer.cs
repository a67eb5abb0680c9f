using System.Net;
using System.Net.Sockets;

namespace Commerce.Drivers.Bolt.Tests.Protocol;

/// <summary>
/// A loopback peer that plays one Bolt conversation from a script of exact bytes, for the Bolt
/// versions the local Neo4j 3.1 cannot speak. Client steps must arrive byte for byte (each as a
/// single chunk and the 00 00 end marker); server steps are sent as written. Consecutive client
/// steps are all read before the next reply, so a client that waited for a reply in between
/// would stall: that is how pipelining shows.
/// </summary>
internal sealed class ScriptedBoltServer : IAsyncDisposable
{
    public sealed record Step(bool FromClient, string Hex, string Note);

    public static Step Client(string hex, string note) => new(true, hex, note);

    public static Step Server(string hex, string note) => new(false, hex, note);

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new(TimeSpan.FromSeconds(60));

    public ScriptedBoltServer(string expectedHandshake, string handshakeReply, IReadOnlyList<Step> steps)
    {
        _listener.Start();
        Completion = Task.Run(() => PlayAsync(Hex.Parse(expectedHandshake), Hex.Parse(handshakeReply), steps));
    }

    public string Uri => $"bolt://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    /// <summary>Completes when the whole script has played and the client closed the connection; faults on any deviation.</summary>
    public Task Completion { get; }

    private async Task PlayAsync(byte[] expectedHandshake, byte[] handshakeReply, IReadOnlyList<Step> steps)
    {
        var token = _stop.Token;
        using var client = await _listener.AcceptTcpClientAsync(token);
        var stream = client.GetStream();
        var handshake = new byte[expectedHandshake.Length];
        await stream.ReadExactlyAsync(handshake, token);
        Expect(expectedHandshake, handshake, "handshake");
        await stream.WriteAsync(handshakeReply, token);

        foreach (var step in steps)
        {
            var body = Hex.Parse(step.Hex);
            // One chunk: a two-byte size, the body, then the end marker.
            byte[] framed = [(byte)(body.Length >> 8), (byte)body.Length, .. body, 0x00, 0x00];
            if (step.FromClient)
            {
                var received = new byte[framed.Length];
                await stream.ReadExactlyAsync(received, token);
                Expect(framed, received, step.Note);
            }
            else
            {
                await stream.WriteAsync(framed, token);
            }
        }
        var rest = new byte[1];
        if (await stream.ReadAsync(rest, token) != 0)
            throw new InvalidOperationException($"The client sent more than the script expects (next byte {rest[0]:X2}).");
    }

    private static void Expect(byte[] expected, byte[] actual, string what)
    {
        if (!expected.AsSpan().SequenceEqual(actual))
            throw new InvalidOperationException($"{what}: expected {Hex.Format(expected)} but the client sent {Hex.Format(actual)}");
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        await _stop.CancelAsync();
        _stop.Dispose();
    }
}
