using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Commerce.GraphQL.AspNetCore.Execution;
using Commerce.GraphQL.AspNetCore.Http;
using Commerce.GraphQL.Execution;
using Commerce.GraphQL.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using static Commerce.GraphQL.AspNetCore.WebSockets.GraphQLTransportWs;

namespace Commerce.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// One graphql-transport-ws connection: <c>connection_init</c> within the timeout (4408), at most once (4429),
/// acknowledged before any <c>subscribe</c> (4401); each <c>subscribe</c> runs concurrently under its id (4409 on a
/// duplicate), answered with <c>next</c>* then <c>complete</c>, or with <c>error</c> when the request fails before
/// execution; <c>complete</c> from the client stops it; <c>ping</c> is answered with <c>pong</c>; anything else
/// closes with 4400.
/// </summary>
internal sealed class GraphQLTransportWsSession(
    WebSocket socket,
    HttpContext context,
    GraphQLRequestPipeline pipeline,
    IWebSocketConnectionInitializer? initializer,
    GraphQLServerOptions options,
    ILogger logger)
{
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _operations = new();
    private static readonly TimeSpan CloseHandshakeGrace = TimeSpan.FromSeconds(5);

    // Cancelled once we close: stops operations and sends. The receive loop has its own token, because
    // cancelling a WebSocket receive aborts the socket, and after sending our close frame we still wait
    // (briefly) for the client's, so the client sees a clean close with our code.
    private readonly CancellationTokenSource _closing = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
    private readonly CancellationTokenSource _receiving = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
    private int _initReceived;
    private volatile bool _acknowledged;

    public async Task RunAsync()
    {
        var initTimeout = CloseUnlessInitialisedAsync();
        try
        {
            await ReceiveLoopAsync();
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // The peer went away or we closed; nothing is left to tell anyone.
        }
        finally
        {
            await _closing.CancelAsync();
            _receiving.Dispose();
            foreach (var operation in _operations.Values)
            {
                await operation.CancelAsync();
            }

            await initTimeout;
        }
    }

    private async Task CloseUnlessInitialisedAsync()
    {
        try
        {
            await Task.Delay(options.ConnectionInitTimeout, _closing.Token);
            if (Volatile.Read(ref _initReceived) == 0)
            {
                await CloseAsync(CloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout");
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        while (socket.State is WebSocketState.Open or WebSocketState.CloseSent)
        {
            buffer.ResetWrittenCount();
            ValueWebSocketReceiveResult received;
            do
            {
                received = await socket.ReceiveAsync(buffer.GetMemory(4096), _receiving.Token);
                buffer.Advance(received.Count);
                if (buffer.WrittenCount > options.MaxRequestBodySize)
                {
                    await CloseAsync((int)WebSocketCloseStatus.MessageTooBig, "Message too big");
                    return;
                }
            }
            while (!received.EndOfMessage && received.MessageType != WebSocketMessageType.Close);

            if (received.MessageType == WebSocketMessageType.Close)
            {
                await CloseAsync((int)WebSocketCloseStatus.NormalClosure, "");
                return;
            }

            if (_closing.IsCancellationRequested)
            {
                // We have closed; whatever the client sent meanwhile is moot.
                continue;
            }

            await OnMessageAsync(ParseMessage(buffer.WrittenSpan));
        }
    }

    private static IReadOnlyDictionary<string, object?>? ParseMessage(ReadOnlySpan<byte> message)
    {
        try
        {
            return InputValues.Parse(message) as IReadOnlyDictionary<string, object?>;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private async Task OnMessageAsync(IReadOnlyDictionary<string, object?>? map)
    {
        if (map is null || !map.TryGetValue("type", out var typeValue) || typeValue is not string type)
        {
            await CloseAsync(CloseCodes.BadRequest, "Invalid message received");
            return;
        }

        map.TryGetValue("payload", out var payload);
        switch (type)
        {
            case MessageTypes.ConnectionInit:
                await OnConnectionInitAsync(payload);
                break;
            case MessageTypes.Ping:
                await SendAsync(MessageTypes.Pong, id: null, payload, static (p, ref w) => ResultJsonWriter.WriteValue(p, ref w));
                break;
            case MessageTypes.Pong:
                break;
            case MessageTypes.Subscribe:
                await OnSubscribeAsync(map, payload);
                break;
            case MessageTypes.Complete:
                if (map.TryGetValue("id", out var id) && id is string completed && _operations.TryRemove(completed, out var operation))
                {
                    await operation.CancelAsync();
                }

                break;
            default:
                await CloseAsync(CloseCodes.BadRequest, $"Invalid message type \"{Truncate(type)}\"");
                break;
        }
    }

    private async Task OnConnectionInitAsync(object? payload)
    {
        if (Interlocked.Exchange(ref _initReceived, 1) == 1)
        {
            await CloseAsync(CloseCodes.TooManyInitialisationRequests, "Too many initialisation requests");
            return;
        }

        if (payload is not (null or IReadOnlyDictionary<string, object?>))
        {
            await CloseAsync(CloseCodes.BadRequest, "The connection_init payload must be an object");
            return;
        }

        if (initializer is not null
            && !await initializer.OnConnectAsync(context, (IReadOnlyDictionary<string, object?>?)payload, _closing.Token))
        {
            await CloseAsync(CloseCodes.Forbidden, "Forbidden");
            return;
        }

        _acknowledged = true;
        await SendAsync<object?>(MessageTypes.ConnectionAck, id: null, payload: null, write: null);
    }

    private async Task OnSubscribeAsync(IReadOnlyDictionary<string, object?> message, object? payload)
    {
        if (!_acknowledged)
        {
            await CloseAsync(CloseCodes.Unauthorized, "Unauthorized");
            return;
        }

        if (!message.TryGetValue("id", out var idValue) || idValue is not string { Length: > 0 } id
            || payload is not IReadOnlyDictionary<string, object?> request
            || RequestParameterReader.FromMap(request) is not { Parameters: { } parameters })
        {
            await CloseAsync(CloseCodes.BadRequest, "Invalid subscribe message");
            return;
        }

        var operation = CancellationTokenSource.CreateLinkedTokenSource(_closing.Token);
        if (!_operations.TryAdd(id, operation))
        {
            operation.Dispose();
            await CloseAsync(CloseCodes.SubscriberAlreadyExists, $"Subscriber for {Truncate(id)} already exists");
            return;
        }

        _ = RunOperationAsync(id, parameters, operation);
    }

    private async Task RunOperationAsync(string id, GraphQLRequestParameters parameters, CancellationTokenSource operation)
    {
        var token = operation.Token;
        try
        {
            // Let the receive loop go on reading (a client's complete, pings) while this operation runs.
            await Task.Yield();
            var result = await pipeline.ExecuteAsync(context, parameters, allowedOperations: null, token);
            switch (result)
            {
                case OperationResult { IsRequestError: true } failed:
                    await SendAsync(MessageTypes.Error, id, failed.Errors ?? [], static (e, ref w) => ResultJsonWriter.WriteErrors(e, ref w));
                    return;
                case OperationResult single:
                    await SendAsync(MessageTypes.Next, id, single, static (r, ref w) => ResultJsonWriter.Write(r, ref w));
                    break;
                case ResponseStream stream:
                    await foreach (var next in stream.ReadResultsAsync().WithCancellation(token))
                    {
                        await SendAsync(MessageTypes.Next, id, next, static (r, ref w) => ResultJsonWriter.Write(r, ref w));
                    }

                    break;
            }

            if (!token.IsCancellationRequested)
            {
                await SendAsync<object?>(MessageTypes.Complete, id, payload: null, write: null);
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Stopped by the client's complete, or the socket is closing.
        }
        catch (WebSocketException)
        {
        }
        catch (Exception e)
        {
            logger.LogError(e, "graphql-transport-ws operation {OperationId} failed (trace id {TraceId})", id, context.TraceIdentifier);
            await CloseAsync(CloseCodes.InternalServerError, "Internal server error");
        }
        finally
        {
            _operations.TryRemove(new KeyValuePair<string, CancellationTokenSource>(id, operation));
            operation.Dispose();
        }
    }

    private delegate void PayloadWriter<in T>(T payload, ref JsonTextWriter writer);

    private async Task SendAsync<T>(string type, string? id, T payload, PayloadWriter<T>? write)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        WriteMessage(buffer, type, id, payload, write);

        await _sendLock.WaitAsync(_closing.Token);
        try
        {
            if (socket.State == WebSocketState.Open)
            {
                await socket.SendAsync(buffer.WrittenMemory, WebSocketMessageType.Text, endOfMessage: true, _closing.Token);
            }
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private static void WriteMessage<T>(IBufferWriter<byte> buffer, string type, string? id, T payload, PayloadWriter<T>? write)
    {
        var writer = new JsonTextWriter(buffer);
        writer.StartObject();
        if (id is not null)
        {
            writer.PropertyName("id");
            writer.String(id);
        }

        writer.PropertyName("type");
        writer.String(type);
        if (write is not null && payload is not null)
        {
            writer.PropertyName("payload");
            write(payload, ref writer);
        }

        writer.EndObject();
        writer.Flush();
    }

    public async Task CloseAsync(int code, string reason)
    {
        await _sendLock.WaitAsync();
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None);
            }
        }
        catch (WebSocketException)
        {
        }
        finally
        {
            _sendLock.Release();
        }

        await _closing.CancelAsync();
        try
        {
            _receiving.CancelAfter(CloseHandshakeGrace);
        }
        catch (ObjectDisposedException)
        {
        }
    }

    /// <summary>Close reasons are limited to 123 UTF-8 bytes; echoed client text is cut well below that.</summary>
    private static string Truncate(string text) => Encoding.UTF8.GetByteCount(text) <= 60 ? text : text[..Math.Min(text.Length, 20)] + "…";
}
