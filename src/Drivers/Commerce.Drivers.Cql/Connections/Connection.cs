using System.Net;
using System.Net.Sockets;
using Commerce.Drivers.Cql.Protocol;
using Commerce.Drivers.Cql.Protocol.Requests;
using Commerce.Drivers.Cql.Protocol.Responses;

namespace Commerce.Drivers.Cql.Connections;

/// <summary>
/// One TCP connection speaking one protocol version. Many requests share it: each takes a stream id,
/// frames are written one at a time under a lock, and a single reader loop hands every response to
/// the request waiting on its stream id.
/// </summary>
internal sealed class Connection : IAsyncDisposable
{
    private const int MaxBodyLength = 256 * 1024 * 1024;

    private readonly Socket _socket;
    private readonly NetworkStream _stream;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly StreamIdPool _streamIds;
    private readonly TaskCompletionSource<Frame>?[] _pending;
    private readonly ConnectionSettings _settings;
    private readonly CancellationTokenSource _closing = new();
    private Task _readLoop = Task.CompletedTask;
    private Exception? _closedBecause;
    private int _peakInFlight;

    private Connection(Socket socket, IPEndPoint endPoint, byte protocolVersion, ConnectionSettings settings)
    {
        _socket = socket;
        _stream = new NetworkStream(socket, ownsSocket: true);
        EndPoint = endPoint;
        ProtocolVersion = protocolVersion;
        _settings = settings;
        _streamIds = new StreamIdPool(settings.MaxRequestsPerConnection);
        _pending = new TaskCompletionSource<Frame>?[settings.MaxRequestsPerConnection];
    }

    public IPEndPoint EndPoint { get; }

    public byte ProtocolVersion { get; }

    /// <summary>The keyspace this connection last switched to with USE.</summary>
    public string? Keyspace { get; set; }

    public int InFlight => _streamIds.InUse;

    /// <summary>The most requests this connection ever had in flight at once.</summary>
    public int PeakInFlight => _peakInFlight;

    public bool IsClosed => _closedBecause is not null;

    /// <summary>Connects and performs STARTUP (and authentication) at the given protocol version.</summary>
    public static async Task<Connection> OpenAsync(IPEndPoint endPoint, byte protocolVersion, ConnectionSettings settings, CancellationToken cancellationToken)
    {
        var socket = new Socket(endPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(settings.ConnectTimeout);
            await socket.ConnectAsync(endPoint, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            socket.Dispose();
            throw new OperationTimedOutException($"Connecting to {endPoint} timed out after {settings.ConnectTimeout}.");
        }
        catch
        {
            socket.Dispose();
            throw;
        }
        var connection = new Connection(socket, endPoint, protocolVersion, settings);
        connection._readLoop = connection.ReadLoopAsync();
        try
        {
            await connection.StartupAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Sends a request and decodes its response; an ERROR response is thrown as its typed exception.</summary>
    public async Task<Response> RequestAsync(IRequest request, CancellationToken cancellationToken,
        IReadOnlyDictionary<string, byte[]?>? customPayload = null)
    {
        var frame = await SendAsync(request, cancellationToken, customPayload).ConfigureAwait(false);
        var response = ResponseDecoder.Decode(frame);
        if (response is ErrorResponse error) throw error.Exception;
        return response;
    }

    public async Task<Frame> SendAsync(IRequest request, CancellationToken cancellationToken,
        IReadOnlyDictionary<string, byte[]?>? customPayload = null)
    {
        ThrowIfClosed();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _closing.Token);
        timeout.CancelAfter(_settings.RequestTimeout);
        short stream;
        try
        {
            stream = await _streamIds.RentAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            ThrowIfClosed();
            throw new OperationTimedOutException($"No stream id became free on {EndPoint} within {_settings.RequestTimeout}.");
        }

        var inFlight = _streamIds.InUse;
        int peak;
        while (inFlight > (peak = _peakInFlight) && Interlocked.CompareExchange(ref _peakInFlight, inFlight, peak) != peak) { }
        var pending = new TaskCompletionSource<Frame>(TaskCreationOptions.RunContinuationsAsynchronously);
        var written = false;
        try
        {
            var bytes = RequestFrame.Build(request, ProtocolVersion, stream, customPayload);
            _pending[stream] = pending;
            await _writeLock.WaitAsync(timeout.Token).ConfigureAwait(false);
            try
            {
                ThrowIfClosed();
                written = true;
                // Never cancel a write half-way: a torn frame would corrupt the connection for everyone.
                await _stream.WriteAsync(bytes, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException)
            {
                Close(new ConnectionClosedException($"Writing to {EndPoint} failed: {ex.Message}", ex));
                throw _closedBecause!;
            }
            finally
            {
                _writeLock.Release();
            }
        }
        catch when (!written)
        {
            // Nothing went on the wire, so no response will come back for this id.
            _pending[stream] = null;
            _streamIds.Return(stream);
            throw;
        }

        using (timeout.Token.Register(() => pending.TrySetCanceled(timeout.Token)))
        {
            try
            {
                return await pending.Task.ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                ThrowIfClosed();
                throw new OperationTimedOutException($"{request.Opcode} to {EndPoint} got no response within {_settings.RequestTimeout}.");
            }
        }
    }

    private async Task StartupAsync(CancellationToken cancellationToken)
    {
        var response = await RequestAsync(new StartupRequest(), cancellationToken).ConfigureAwait(false);
        if (response is ReadyResponse) return;
        if (response is not AuthenticateResponse authenticate)
            throw new ProtocolViolationException($"STARTUP was answered with {response.GetType().Name}.");
        if (_settings.Username is null || _settings.Password is null)
            throw new AuthenticationException($"{EndPoint} requires authentication ({authenticate.Authenticator}) but no credentials were given.");
        // PasswordAuthenticator takes one SASL PLAIN token and answers AUTH_SUCCESS; other
        // authenticators that challenge further are beyond what this driver speaks.
        var answer = await RequestAsync(AuthResponseRequest.PlainText(_settings.Username, _settings.Password), cancellationToken).ConfigureAwait(false);
        if (answer is not AuthSuccessResponse)
            throw new AuthenticationException($"{authenticate.Authenticator} sent {answer.GetType().Name}; only SASL PLAIN without challenges is supported.");
    }

    private async Task ReadLoopAsync()
    {
        var first = new byte[1];
        var header = new byte[FrameHeader.Size];
        // Reads only: a buffer turns the three reads per frame into few socket reads. Writes bypass it.
        await using var input = new BufferedStream(_stream, 64 * 1024);
        try
        {
            while (true)
            {
                await input.ReadExactlyAsync(first, _closing.Token).ConfigureAwait(false);
                header[0] = first[0];
                // An old server may answer a newer client's STARTUP in its own (v1/v2, 8-byte) header.
                var size = FrameHeader.SizeFor((byte)(first[0] & 0x7F));
                await input.ReadExactlyAsync(header.AsMemory(1, size - 1), _closing.Token).ConfigureAwait(false);
                var parsed = FrameHeader.Parse(header);
                // Section 2.5: a frame is limited to 256 MB; anything else means we lost the frame boundaries.
                if (parsed.BodyLength is < 0 or > MaxBodyLength)
                    throw new ProtocolViolationException($"Frame body length {parsed.BodyLength} is outside 0..256 MB.");
                var body = new byte[parsed.BodyLength];
                await input.ReadExactlyAsync(body, _closing.Token).ConfigureAwait(false);
                Dispatch(new Frame(parsed, body));
            }
        }
        catch (Exception ex)
        {
            Close(ex is DriverException ? ex : new ConnectionClosedException($"The connection to {EndPoint} was lost: {ex.Message}", ex));
        }
    }

    private void Dispatch(Frame frame)
    {
        var stream = frame.Header.Stream;
        if (stream < 0) return; // EVENT pushes; this driver registers for none.
        var pending = stream < _pending.Length ? Interlocked.Exchange(ref _pending[stream], null) : null;
        if (pending is null)
        {
            // An ERROR no request is waiting for concerns the connection itself (e.g. an unsupported
            // protocol version reported on another stream than the STARTUP's).
            if (frame.Header.Opcode == Opcode.Error && ResponseDecoder.Decode(frame) is ErrorResponse error)
                Close(error.Exception);
            return;
        }
        _streamIds.Return(stream);
        pending.TrySetResult(frame);
    }

    private void Close(Exception reason)
    {
        if (Interlocked.CompareExchange(ref _closedBecause, reason, null) is not null) return;
        _closing.Cancel();
        for (var i = 0; i < _pending.Length; i++)
            Interlocked.Exchange(ref _pending[i], null)?.TrySetException(reason);
        _socket.Dispose();
    }

    private void ThrowIfClosed()
    {
        if (_closedBecause is { } reason)
            throw reason as DriverException ?? new ConnectionClosedException($"The connection to {EndPoint} is closed.", reason);
    }

    public async ValueTask DisposeAsync()
    {
        Close(new ConnectionClosedException($"The connection to {EndPoint} was closed by the client."));
        try
        {
            await _readLoop.ConfigureAwait(false);
        }
        catch (Exception)
        {
            // The read loop ends by the exception that closed it; it is already reported to waiters.
        }
        _stream.Dispose();
        _closing.Dispose();
    }
}
