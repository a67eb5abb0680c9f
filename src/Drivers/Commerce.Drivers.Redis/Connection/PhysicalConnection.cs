using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Sockets;
using System.Threading.Channels;
using Commerce.Drivers.Redis.Protocol;

namespace Commerce.Drivers.Redis.Connection;

/// <summary>
/// One socket shared by many callers. Callers enqueue; a single writer drains everything queued
/// into one buffer and sends it in one write (one round trip); a single reader completes the
/// replies in order. A failure fails every command not yet answered and reports the break once.
/// </summary>
internal sealed partial class PhysicalConnection : IAsyncDisposable
{
    private const int MaxFlushBytes = 1024 * 1024;
    private const int ReadBufferSize = 64 * 1024;
    private static readonly TimeSpan QuietWindow = TimeSpan.FromMicroseconds(20);
    private static readonly TimeSpan MaxCoalesceWait = TimeSpan.FromMicroseconds(500);

    private readonly Socket _socket;
    private readonly ConfigurationOptions _options;
    private readonly RoundTripCounter _counter;
    // Not declared single-reader: that variant cannot report Count, which the writer's coalescing reads.
    private readonly Channel<Message> _outbox = Channel.CreateUnbounded<Message>();
    private readonly ConcurrentQueue<Message> _inflight = new();
    private readonly Lock _gate = new();
    private Exception? _failure;
    private int _currentDatabase;
    private Task _writer = Task.CompletedTask;
    private Task _reader = Task.CompletedTask;

    private PhysicalConnection(
        Socket socket, ConfigurationOptions options, RoundTripCounter counter, bool subscriber, Action<RedisResult>? onPush)
    {
        _socket = socket;
        _options = options;
        _counter = counter;
        IsSubscriber = subscriber;
        OnPush = onPush;
    }

    /// <summary>The dedicated pub/sub connection treats message pushes (and RESP2 message arrays) as out-of-band.</summary>
    public bool IsSubscriber { get; }

    public Action<RedisResult>? OnPush { get; }

    public RedisProtocol Protocol { get; private set; } = RedisProtocol.Resp2;

    /// <summary>The server's id for this connection (CLIENT ID), e.g. for CLIENT KILL.</summary>
    public long ClientId { get; private set; }

    public bool IsFailed => Volatile.Read(ref _failure) is not null;

    /// <summary>Queues a command for the next write; false when this connection has already failed.</summary>
    public bool TryEnqueue(Message message) => !IsFailed && _outbox.Writer.TryWrite(message);

    private Timer? _sweep;

    private void Start()
    {
        var period = TimeSpan.FromTicks(Math.Clamp(_options.SyncTimeout.Ticks / 5, TimeSpan.TicksPerMillisecond * 10, TimeSpan.TicksPerSecond));
        _sweep = Detached.Timer(static state => ((PhysicalConnection)state!).SweepTimeouts(), this, period);
        _writer = Detached.Run(WriteLoopAsync);
        _reader = Detached.Run(ReadLoopAsync);
    }

    private async Task WriteLoopAsync()
    {
        using var buffer = new PooledBufferWriter();
        var batch = new List<Message>();
        var outbox = _outbox.Reader;
        Task previousWrite = Task.CompletedTask;
        try
        {
            while (await outbox.WaitToReadAsync().ConfigureAwait(false))
            {
                if (previousWrite.IsCompleted)
                {
                    // Idle connection: a caller issuing a burst is likely still enqueueing; give it a
                    // moment so the burst leaves in one write instead of one write per wake-up.
                    WaitForQuiet(outbox);
                }
                else
                {
                    // One write in flight at a time: while its replies are outstanding, whatever
                    // arrives gathers for the next write, so load itself makes the batches bigger.
                    await previousWrite.ConfigureAwait(false);
                }

                while (buffer.WrittenCount < MaxFlushBytes && outbox.TryRead(out var message))
                {
                    if (message.Task.IsCompleted)
                    {
                        continue; // canceled or timed out before it was written: never sent
                    }

                    if (message.Database >= 0 && message.Database != _currentDatabase)
                    {
                        var select = new Message(["SELECT", message.Database], Message.AnyDatabase);
                        RespEncoder.WriteCommand(buffer, select.Args);
                        batch.Add(select);
                        _currentDatabase = message.Database;
                    }

                    RespEncoder.WriteCommand(buffer, message.Args);
                    batch.Add(message);
                }

                if (batch.Count == 0)
                {
                    continue;
                }

                var flush = FlushBatch.Start(batch, _options.Host, _options.Port);
                previousWrite = flush.Task;
                lock (_gate)
                {
                    if (_failure is not null)
                    {
                        foreach (var m in batch)
                        {
                            m.Fail(_failure);
                        }

                        return;
                    }

                    // Queued for the reader before the bytes leave, so no reply can outrun its command.
                    foreach (var m in batch)
                    {
                        _inflight.Enqueue(m);
                    }
                }

                _counter.Increment();
                var pending = buffer.WrittenMemory;
                while (!pending.IsEmpty)
                {
                    var sent = await _socket.SendAsync(pending, SocketFlags.None).ConfigureAwait(false);
                    pending = pending[sent..];
                }

                buffer.Reset(shrinkAbove: 2 * MaxFlushBytes);
                batch.Clear();
            }
        }
        catch (Exception e)
        {
            foreach (var m in batch)
            {
                m.Fail(new RedisConnectionException("Write to Redis failed.", e));
            }

            Fail(e);
        }
    }

    /// <summary>
    /// Times out commands whose callers stopped waiting. One timer per connection instead of one per
    /// command; the command stays queued so its late reply is still matched to it, and then dropped.
    /// </summary>
    private void SweepTimeouts()
    {
        var now = Stopwatch.GetTimestamp();
        foreach (var message in _inflight)
        {
            if (message.Deadline != 0 && now < message.Deadline)
            {
                break; // same timeout for all, queued in order: the rest are younger
            }

            if (message.IsExpired(now))
            {
                message.TimeOut(_options.SyncTimeout);
                message.Batch?.ReleaseWriter();
            }
        }
    }

    private static void WaitForQuiet(ChannelReader<Message> outbox)
    {
        var count = outbox.Count;
        var start = Stopwatch.GetTimestamp();
        var changed = start;
        while (true)
        {
            Thread.SpinWait(50);
            var now = Stopwatch.GetTimestamp();
            var current = outbox.Count;
            if (current != count)
            {
                count = current;
                changed = now;
            }
            else if (Stopwatch.GetElapsedTime(changed, now) >= QuietWindow)
            {
                return;
            }

            if (Stopwatch.GetElapsedTime(start, now) >= MaxCoalesceWait)
            {
                return;
            }
        }
    }

    private async Task ReadLoopAsync()
    {
        var buffer = ArrayPool<byte>.Shared.Rent(ReadBufferSize);
        int start = 0, end = 0;
        try
        {
            while (true)
            {
                if (end == buffer.Length)
                {
                    // Only an incomplete frame is left and it fills the buffer: grow.
                    var bigger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(start, end - start).CopyTo(bigger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = bigger;
                    end -= start;
                    start = 0;
                }

                var read = await _socket.ReceiveAsync(buffer.AsMemory(end), SocketFlags.None).ConfigureAwait(false);
                if (read == 0)
                {
                    throw new RedisConnectionException("Redis closed the connection.");
                }

                end += read;
                while (RespParser.TryParse(buffer.AsSpan(start, end - start), out var reply, out var used))
                {
                    start += used;
                    Dispatch(reply!);
                }

                if (start == end && buffer.Length > 4 * ReadBufferSize)
                {
                    // A large reply grew the buffer; give the memory back once it is consumed.
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = ArrayPool<byte>.Shared.Rent(ReadBufferSize);
                    start = end = 0;
                }
                else if (start > 0)
                {
                    buffer.AsSpan(start, end - start).CopyTo(buffer);
                    end -= start;
                    start = 0;
                }
            }
        }
        catch (Exception e)
        {
            Fail(e);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void Dispatch(RedisResult reply)
    {
        if (IsOutOfBand(reply))
        {
            OnPush?.Invoke(reply);
            return;
        }

        if (!_inflight.TryDequeue(out var message))
        {
            throw new RedisProtocolException($"Reply '{reply}' arrived with no command waiting for it.");
        }

        message.Complete(reply);
        message.Batch?.OneDone();
    }

    private bool IsOutOfBand(RedisResult reply)
    {
        if (!IsSubscriber)
        {
            return reply.Type == ResultType.Push;
        }

        // On the subscriber connection, subscribe/unsubscribe confirmations answer our commands;
        // delivered messages answer nothing.
        if (reply.Type is not (ResultType.Push or ResultType.Array) || reply.Items.Count < 3)
        {
            return false;
        }

        var kind = reply.Items[0].Bytes;
        return kind is not null && ("message"u8.SequenceEqual(kind) || "pmessage"u8.SequenceEqual(kind) || "smessage"u8.SequenceEqual(kind));
    }

    private void Fail(Exception error)
    {
        RedisConnectionException failure;
        lock (_gate)
        {
            if (_failure is not null)
            {
                return;
            }

            failure = error as RedisConnectionException
                ?? new RedisConnectionException($"Connection to Redis {_options.Host}:{_options.Port} lost: {error.Message}", error);
            _failure = failure;
        }

        _outbox.Writer.TryComplete();
        try
        {
            _socket.Dispose();
        }
        catch (SocketException)
        {
        }

        _sweep?.Dispose();
        while (_inflight.TryDequeue(out var m))
        {
            m.Fail(failure);
            m.Batch?.OneDone();
        }

        while (_outbox.Reader.TryRead(out var m))
        {
            m.Fail(failure);
        }

        Volatile.Read(ref _lateOnBroken)?.Invoke(this, failure);
    }

    public async ValueTask DisposeAsync()
    {
        Fail(new RedisConnectionException("The connection was closed by the client."));
        try
        {
            await Task.WhenAll(_writer, _reader).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Both loops report through Fail; nothing further to surface on close.
        }
    }
}
