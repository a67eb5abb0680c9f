using System.Diagnostics;
using System.Net.Sockets;
using Commerce.Drivers.Bolt.PackStream;

namespace Commerce.Drivers.Bolt.Protocol;

/// <summary>
/// One Bolt connection. Requests are queued (<see cref="Enqueue"/>) and sent together by
/// <see cref="SyncAsync"/> in a single write, which then reads the replies to all of them:
/// one round trip, one trace activity.
/// </summary>
internal sealed class BoltConnection : IAsyncDisposable
{
    private readonly TcpClient _client;
    private readonly NetworkStream _stream;
    private readonly ChunkReader _reader;
    private readonly PooledBufferWriter _outbox = new(8192);
    private readonly PooledBufferWriter _body = new(1024);
    private readonly PackStreamWriter _packer;
    private readonly Queue<ResponseHandler> _pending = new();
    private readonly string _host;
    private readonly int _port;
    private string? _operation;
    private bool _disposed;

    private BoltConnection(TcpClient client, string host, int port)
    {
        _client = client;
        _host = host;
        _port = port;
        _stream = client.GetStream();
        _reader = new ChunkReader(new BufferedStream(_stream, 65536));
        _packer = new PackStreamWriter(_body);
    }

    public BoltVersion Version { get; private set; }

    public string Address => $"{_host}:{_port}";

    public string ServerAgent { get; private set; } = "";

    public bool IsBroken { get; private set; }

    /// <summary>An idle connection the server has closed reads as end-of-stream without blocking.</summary>
    public bool LooksAlive
    {
        get
        {
            if (IsBroken || _disposed || !_client.Connected) return false;
            try
            {
                return !(_client.Client.Poll(0, SelectMode.SelectRead) && _client.Client.Available == 0);
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException)
            {
                return false;
            }
        }
    }

    public static async Task<BoltConnection> OpenAsync(string host, int port, DriverConfig config, IAuthToken auth, CancellationToken cancellationToken)
    {
        var client = new TcpClient { NoDelay = true };
        BoltConnection? connection = null;
        try
        {
            using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                timeout.CancelAfter(config.ConnectionTimeout);
                try
                {
                    await client.ConnectAsync(host, port, timeout.Token).ConfigureAwait(false);
                }
                catch (Exception e) when (e is SocketException || e is OperationCanceledException && !cancellationToken.IsCancellationRequested)
                {
                    throw new ServiceUnavailableException($"Cannot connect to the Bolt server at {host}:{port}: {e.Message}", e);
                }
            }
            connection = new BoltConnection(client, host, port);
            await connection.HandshakeAsync(cancellationToken).ConfigureAwait(false);
            await connection.AuthenticateAsync(config.UserAgent, auth, cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            if (connection is not null) await connection.DisposeAsync().ConfigureAwait(false);
            else client.Dispose();
            throw;
        }
    }

    private async Task HandshakeAsync(CancellationToken cancellationToken)
    {
        using var activity = StartActivity("HANDSHAKE");
        try
        {
            await _stream.WriteAsync(Handshake.BuildRequest(), cancellationToken).ConfigureAwait(false);
            var response = new byte[4];
            await _stream.ReadExactlyAsync(response, cancellationToken).ConfigureAwait(false);
            Version = Handshake.ParseResponse(response);
            activity?.SetTag("db.bolt.version", Version.ToString());
        }
        catch (Exception e) when (e is IOException or SocketException or EndOfStreamException)
        {
            IsBroken = true;
            throw new ServiceUnavailableException($"The Bolt handshake with {_host}:{_port} failed: {e.Message}", e);
        }
    }

    private async Task AuthenticateAsync(string userAgent, IAuthToken auth, CancellationToken cancellationToken)
    {
        var hello = new ResponseHandler();
        if (Version < BoltVersion.V3)
        {
            Enqueue(Requests.Init(userAgent, auth.Entries), hello);
        }
        else
        {
            Enqueue(Requests.Hello(Version, userAgent, auth.Entries, BoltAgent.Describe()), hello);
            // From 5.1 credentials travel in LOGON, pipelined right behind HELLO.
            if (Version >= BoltVersion.V5_1) Enqueue(Requests.Logon(auth.Entries), new ResponseHandler());
        }
        await SyncAsync(cancellationToken).ConfigureAwait(false);
        ServerAgent = hello.Metadata?.GetValueOrDefault("server") as string ?? "";
    }

    public void Enqueue(Request request, ResponseHandler handler)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _body.Clear();
        request.WriteTo(_packer);
        Chunking.WriteMessage(_body.WrittenSpan, _outbox);
        _pending.Enqueue(handler);
        _operation ??= request.Operation;
    }

    /// <summary>
    /// Sends everything queued and reads every reply. A FAILURE makes the server IGNORE the rest
    /// until it is acknowledged, so the acknowledgement (ACK_FAILURE before v3, RESET from v3)
    /// follows at once and the first failure is thrown.
    /// </summary>
    public async Task SyncAsync(CancellationToken cancellationToken)
    {
        if (_pending.Count == 0) return;
        if (IsBroken) throw new ServiceUnavailableException("The connection to the Bolt server is broken.");
        var operation = _operation ?? "SYNC";
        _operation = null;
        Neo4jException? failure = null;
        var failedWhileStreaming = false;
        using (var activity = StartActivity(operation))
        {
            try
            {
                await _stream.WriteAsync(_outbox.WrittenMemory, cancellationToken).ConfigureAwait(false);
                _outbox.Clear();
                while (_pending.Count > 0)
                {
                    var message = await _reader.ReadMessageAsync(cancellationToken).ConfigureAwait(false);
                    var response = Response.Decode(message.Span, Version >= BoltVersion.V5_0);
                    if (!response.IsSummary)
                    {
                        _pending.Peek().OnRecord(response.Fields);
                        continue;
                    }
                    var handler = _pending.Dequeue();
                    switch (response.Signature)
                    {
                        case Response.SuccessSignature:
                            handler.OnSuccess(response.Metadata);
                            break;
                        case Response.FailureSignature:
                            var error = response.ToException();
                            handler.OnFailure(error);
                            failedWhileStreaming |= failure is null && handler is RecordsHandler;
                            failure ??= error;
                            break;
                        default:
                            handler.OnIgnored();
                            break;
                    }
                }
            }
            catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or EndOfStreamException
                                          or ProtocolException or OperationCanceledException)
            {
                // Half a conversation leaves the stream out of step: this connection is done.
                IsBroken = true;
                _pending.Clear();
                _outbox.Clear();
                activity?.SetStatus(ActivityStatusCode.Error, e.Message);
                if (e is ProtocolException or OperationCanceledException) throw;
                throw new ServiceUnavailableException($"Lost the connection to the Bolt server at {_host}:{_port}: {e.Message}", e);
            }
            if (failure is not null)
            {
                activity?.SetStatus(ActivityStatusCode.Error, failure.Code);
                activity?.SetTag("db.response.status_code", failure.Code);
            }
        }
        if (failure is null) return;
        await AcknowledgeFailureAsync(failedWhileStreaming, cancellationToken).ConfigureAwait(false);
        throw failure;
    }

    private async Task AcknowledgeFailureAsync(bool failedWhileStreaming, CancellationToken cancellationToken)
    {
        var acknowledgements = new List<ResponseHandler> { new() };
        Enqueue(Version < BoltVersion.V3 ? Requests.AckFailure() : Requests.Reset(), acknowledgements[0]);
        if (Version < BoltVersion.V3 && failedWhileStreaming)
        {
            // Neo4j 3.x keeps the transaction of a result that failed mid-stream after ACK_FAILURE
            // and fails the next query with TransactionMarkedAsFailed; RESET clears it. Same write.
            // RESET jumps ahead of the queue, so the ACK_FAILURE before it may come back IGNORED.
            acknowledgements.Add(new ResponseHandler());
            Enqueue(Requests.Reset(), acknowledgements[1]);
        }
        try
        {
            await SyncAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Neo4jException)
        {
            IsBroken = true;
        }
        if (!acknowledgements[^1].Succeeded) IsBroken = true;
    }

    /// <summary>Brings the server back to READY (ends any transaction or open result) before pooling.</summary>
    public async Task ResetAsync(CancellationToken cancellationToken)
    {
        var reset = new ResponseHandler();
        Enqueue(Requests.Reset(), reset);
        await SyncAsync(cancellationToken).ConfigureAwait(false);
    }

    private Activity? StartActivity(string operation)
    {
        var activity = BoltDiagnostics.Source.StartActivity($"neo4j {operation}", ActivityKind.Client);
        if (activity is null) return null;
        activity.SetTag("db.system", "neo4j");
        activity.SetTag("db.operation", operation);
        activity.SetTag("server.address", _host);
        activity.SetTag("server.port", _port);
        return activity;
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        if (!IsBroken && Version >= BoltVersion.V3)
        {
            try
            {
                // GOODBYE has no reply: write it and close.
                _pending.Clear();
                _outbox.Clear();
                Enqueue(Requests.Goodbye(), new ResponseHandler());
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await _stream.WriteAsync(_outbox.WrittenMemory, timeout.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The server may already be gone; closing is all that is left to do.
            }
        }
        _disposed = true;
        _client.Dispose();
        _reader.Dispose();
        _outbox.Dispose();
        _body.Dispose();
    }
}
