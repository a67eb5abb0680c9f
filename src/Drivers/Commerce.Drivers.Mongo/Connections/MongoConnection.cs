using System.Buffers;
using System.Buffers.Binary;
using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using Commerce.Drivers.Mongo.Authentication;
using Commerce.Drivers.Mongo.Bson;
using Commerce.Drivers.Mongo.Wire;

namespace Commerce.Drivers.Mongo.Connections;

/// <summary>
/// One TCP connection to one server, used by one operation at a time (the pool guarantees that).
/// Opening it performs the <c>hello</c> handshake and, with credentials, SCRAM-SHA-256.
/// Any I/O failure marks it broken so the pool throws it away.
/// </summary>
internal sealed class MongoConnection : IAsyncDisposable
{
    // A reply larger than this is not one the server would send; refuse it rather than allocate it.
    private const int MaxReplyLength = 64 * 1024 * 1024;

    private readonly Socket _socket;
    private readonly NetworkStream _stream;
    private readonly byte[] _header = new byte[OpMsg.HeaderLength];
    private int _nextRequestId;

    private MongoConnection(Socket socket, ServerAddress address)
    {
        _socket = socket;
        _stream = new NetworkStream(socket, ownsSocket: true);
        Address = address;
    }

    public ServerAddress Address { get; }
    public HelloResult Hello { get; private set; } = null!;
    public bool IsBroken { get; private set; }

    public static async Task<MongoConnection> OpenAsync(ServerAddress address, MongoClientSettings settings, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.ConnectTimeout);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(address.Host, address.Port, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            socket.Dispose();
            throw new MongoConnectionException($"Connecting to {address} timed out after {settings.ConnectTimeout.TotalMilliseconds} ms.");
        }
        catch (SocketException e)
        {
            socket.Dispose();
            throw new MongoConnectionException($"Cannot connect to {address}: {e.Message}", e);
        }

        var connection = new MongoConnection(socket, address);
        try
        {
            await connection.HandshakeAsync(settings, timeout.Token).ConfigureAwait(false);
            return connection;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw new MongoConnectionException($"Handshake with {address} timed out after {settings.ConnectTimeout.TotalMilliseconds} ms.");
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task HandshakeAsync(MongoClientSettings settings, CancellationToken cancellationToken)
    {
        var hello = new BsonDocument
        {
            { "hello", 1 },
            { "helloOk", true },
            { "client", ClientMetadata.Create(settings.ApplicationName) },
        };
        var reply = await RoundTripAsync("admin", hello, null, cancellationToken).ConfigureAwait(false);
        ServerErrors.ThrowIfFailed(reply);
        Hello = HelloResult.From(reply);
        if (Hello.MaxWireVersion < 6)
        {
            throw new MongoConnectionException($"Server {Address} has wire version {Hello.MaxWireVersion}; OP_MSG needs 6 (MongoDB 3.6) or later.");
        }

        if (settings.Credential is { } credential)
        {
            await AuthenticateAsync(credential, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>SASL conversation of the MongoDB Authentication spec: saslStart, saslContinue, and one empty saslContinue if the server is not yet done.</summary>
    private async Task AuthenticateAsync(MongoCredential credential, CancellationToken cancellationToken)
    {
        var conversation = new ScramSha256Conversation(credential.Username, credential.Password, ScramSha256Conversation.NewNonce());
        var reply = await SaslStepAsync(credential, new BsonDocument
        {
            { "saslStart", 1 },
            { "mechanism", MongoCredential.ScramSha256 },
            { "payload", Payload(conversation.ClientFirstMessage()) },
            { "options", new BsonDocument("skipEmptyExchange", true) },
        }, cancellationToken).ConfigureAwait(false);

        var conversationId = reply["conversationId"];
        var clientFinal = conversation.ClientFinalMessage(Text(reply));
        reply = await SaslStepAsync(credential, new BsonDocument
        {
            { "saslContinue", 1 },
            { "conversationId", conversationId },
            { "payload", Payload(clientFinal) },
        }, cancellationToken).ConfigureAwait(false);
        conversation.VerifyServerFinalMessage(Text(reply));

        if (!reply.GetValueOrDefault("done")?.ToBoolean() ?? true)
        {
            reply = await SaslStepAsync(credential, new BsonDocument
            {
                { "saslContinue", 1 },
                { "conversationId", conversationId },
                { "payload", new BsonBinaryData([]) },
            }, cancellationToken).ConfigureAwait(false);
            if (!reply.GetValueOrDefault("done")?.ToBoolean() ?? true)
            {
                throw new MongoAuthenticationException("SCRAM conversation did not complete.");
            }
        }

        static BsonBinaryData Payload(string text) => new(Encoding.UTF8.GetBytes(text));
        static string Text(BsonDocument reply) => Encoding.UTF8.GetString(reply["payload"].AsBsonBinaryData.Bytes.Span);
    }

    private async Task<BsonDocument> SaslStepAsync(MongoCredential credential, BsonDocument command, CancellationToken cancellationToken)
    {
        var reply = await RoundTripAsync(credential.Source, command, null, cancellationToken).ConfigureAwait(false);
        try
        {
            ServerErrors.ThrowIfFailed(reply);
        }
        catch (MongoCommandException e)
        {
            throw new MongoAuthenticationException($"Authentication of {credential} failed: {e.Message}", e);
        }

        return reply;
    }

    /// <summary>Sends one command and reads its reply. Adds <c>$db</c>; does not interpret <c>ok</c>.</summary>
    public async Task<BsonDocument> RoundTripAsync(string database, BsonDocument command, IReadOnlyList<DocumentSequence>? sequences, CancellationToken cancellationToken)
    {
        var commandName = command.GetElement(0).Name;
        using var activity = MongoTelemetry.Source.StartActivity($"{commandName} {database}", ActivityKind.Client);
        if (activity is not null)
        {
            activity.SetTag("db.system", "mongodb");
            activity.SetTag("db.operation", commandName);
            activity.SetTag("db.name", database);
            activity.SetTag("server.address", Address.Host);
            activity.SetTag("server.port", Address.Port);
        }

        command.Set("$db", database);
        var requestId = Interlocked.Increment(ref _nextRequestId);
        byte[]? message = null;
        try
        {
            using (var buffer = new PooledBufferWriter())
            {
                OpMsg.Write(buffer, requestId, command, sequences);
                await _stream.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
            }

            await _stream.ReadExactlyAsync(_header, cancellationToken).ConfigureAwait(false);
            var length = BinaryPrimitives.ReadInt32LittleEndian(_header);
            if (length < OpMsg.HeaderLength + 5 || length > MaxReplyLength)
            {
                throw new MongoProtocolException($"Reply length {length} is out of range.");
            }

            message = ArrayPool<byte>.Shared.Rent(length);
            _header.CopyTo(message, 0);
            await _stream.ReadExactlyAsync(message.AsMemory(OpMsg.HeaderLength, length - OpMsg.HeaderLength), cancellationToken).ConfigureAwait(false);
            var reply = OpMsg.Read(message.AsSpan(0, length));
            if (reply.ResponseTo != requestId)
            {
                throw new MongoProtocolException($"Reply answers request {reply.ResponseTo}, expected {requestId}.");
            }

            if (reply.Body.GetValueOrDefault("ok")?.ToBoolean() != true)
            {
                activity?.SetStatus(ActivityStatusCode.Error, reply.Body.GetValueOrDefault("errmsg")?.ToString());
            }

            return reply.Body;
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or OperationCanceledException or MongoProtocolException)
        {
            // The stream position is unknown now: a later reply could be read as this one's.
            IsBroken = true;
            activity?.SetStatus(ActivityStatusCode.Error, e.Message);
            if (e is OperationCanceledException or MongoProtocolException)
            {
                throw;
            }

            throw new MongoConnectionException($"Connection to {Address} lost during '{commandName}': {e.Message}", e);
        }
        finally
        {
            if (message is not null)
            {
                ArrayPool<byte>.Shared.Return(message);
            }
        }
    }

    /// <summary>Simulates a dropped connection (the socket is shut down under the driver's feet); tests only.</summary>
    internal void SeverForTesting()
    {
        _socket.Shutdown(SocketShutdown.Both);
    }

    public ValueTask DisposeAsync()
    {
        IsBroken = true;
        return _stream.DisposeAsync();
    }
}
