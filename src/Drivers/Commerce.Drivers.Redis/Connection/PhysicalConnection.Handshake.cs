using System.Net.Sockets;

namespace Commerce.Drivers.Redis.Connection;

internal sealed partial class PhysicalConnection
{
    /// <summary>
    /// Opens the socket and runs the handshake: <c>HELLO 3 [AUTH user pass] [SETNAME name]</c>; when the
    /// server refuses HELLO (before Redis 6, or NOPROTO) it falls back to RESP2 with AUTH, then asks CLIENT ID.
    /// </summary>
    public static async Task<PhysicalConnection> ConnectAsync(
        ConfigurationOptions options, RoundTripCounter counter, bool subscriber,
        Action<PhysicalConnection, Exception>? onBroken, Action<RedisResult>? onPush, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.ConnectTimeout);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        PhysicalConnection? connection = null;
        try
        {
            await socket.ConnectAsync(options.Host, options.Port, timeout.Token).ConfigureAwait(false);
            connection = new PhysicalConnection(socket, options, counter, subscriber, onPush);
            connection.Start();
            await connection.HandshakeAsync(timeout.Token).ConfigureAwait(false);
            connection.AttachBrokenHandler(onBroken);
            return connection;
        }
        catch (Exception e) when (e is not RedisServerException)
        {
            if (connection is not null)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }

            socket.Dispose();
            var reason = e is OperationCanceledException && !cancellationToken.IsCancellationRequested
                ? $"timed out after {options.ConnectTimeout.TotalMilliseconds} ms"
                : e.Message;
            throw new RedisConnectionException(
                $"Could not connect to Redis at {options.Host}:{options.Port} ({reason}). Is it running? (scripts/services.sh up redis)", e);
        }
        catch
        {
            if (connection is not null)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }

            socket.Dispose();
            throw;
        }
    }

    private Action<PhysicalConnection, Exception>? _lateOnBroken;

    private void AttachBrokenHandler(Action<PhysicalConnection, Exception>? onBroken)
    {
        // The handshake's own failures are reported by ConnectAsync; from here on, a break goes to the owner.
        Volatile.Write(ref _lateOnBroken, onBroken);
        if (IsFailed)
        {
            onBroken?.Invoke(this, _failure!);
        }
    }

    private async Task HandshakeAsync(CancellationToken cancellationToken)
    {
        var options = _options;
        if (options.Protocol == RedisProtocol.Resp3)
        {
            var hello = new List<RedisValue> { "HELLO", 3 };
            if (options.Password is not null)
            {
                hello.AddRange(["AUTH", options.User ?? "default", options.Password]);
            }

            if (options.ClientName is not null)
            {
                hello.AddRange(["SETNAME", options.ClientName]);
            }

            var reply = await SendAsync([.. hello], cancellationToken).ConfigureAwait(false);
            if (!reply.IsError)
            {
                Protocol = RedisProtocol.Resp3;
                ClientId = reply.ToDictionary().TryGetValue("id", out var id) ? id.ToInt64() : 0;
                return;
            }

            var text = reply.ToString();
            var refused = text.StartsWith("NOPROTO", StringComparison.Ordinal)
                || text.Contains("unknown command", StringComparison.OrdinalIgnoreCase);
            if (!refused)
            {
                throw new RedisConnectionException($"Redis refused the handshake: {text}", RedisServerException.From(reply));
            }
        }

        if (options.Password is not null)
        {
            RedisValue[] auth = options.User is null ? ["AUTH", options.Password] : ["AUTH", options.User, options.Password];
            var reply = await SendAsync(auth, cancellationToken).ConfigureAwait(false);
            if (reply.IsError)
            {
                throw new RedisConnectionException($"Redis refused AUTH: {reply}", RedisServerException.From(reply));
            }
        }

        if (options.ClientName is not null)
        {
            await SendAsync(["CLIENT", "SETNAME", options.ClientName], cancellationToken).ConfigureAwait(false);
        }

        var clientId = await SendAsync(["CLIENT", "ID"], cancellationToken).ConfigureAwait(false);
        ClientId = clientId.IsError ? 0 : clientId.ToInt64();
    }

    /// <summary>Sends one connection-level command and waits for its reply (errors are returned, not thrown).</summary>
    public async Task<RedisResult> SendAsync(RedisValue[] args, CancellationToken cancellationToken)
    {
        var message = new Message(args, Message.AnyDatabase, cancellationToken);
        if (!TryEnqueue(message))
        {
            throw _failure ?? new RedisConnectionException("Connection closed.");
        }

        return await message.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }
}
