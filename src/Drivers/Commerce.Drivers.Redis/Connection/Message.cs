using System.Diagnostics;

namespace Commerce.Drivers.Redis.Connection;

/// <summary>
/// One command in flight. It is its own completion source, so a command costs one object
/// (plus its argument array) however it travels.
/// </summary>
internal sealed class Message : TaskCompletionSource<RedisResult>
{
    /// <summary>No database switch needed (connection-level commands: HELLO, AUTH, SUBSCRIBE, ...).</summary>
    public const int AnyDatabase = -1;

    public Message(RedisValue[] args, int database, CancellationToken cancellationToken = default)
        : base(TaskCreationOptions.RunContinuationsAsynchronously)
    {
        Args = args;
        Database = database;
        CancellationToken = cancellationToken;
        Parent = Activity.Current?.Context ?? default;
    }

    public RedisValue[] Args { get; }

    public int Database { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>The caller's trace context, so the round trip's activity is attributed to the caller's request.</summary>
    public ActivityContext Parent { get; }

    /// <summary>The write this command left in; the reader counts its reply toward that write.</summary>
    public FlushBatch? Batch { get; set; }

    /// <summary>When the caller stops waiting (<see cref="Stopwatch"/> ticks); 0 for none.</summary>
    public long Deadline { get; set; }

    private CancellationTokenRegistration _cancellation;
    private int _settled;

    public string CommandName => Args[0].ToString();

    /// <summary>Cancels the wait when the caller's token fires; costs nothing for tokens that cannot cancel.</summary>
    public void WatchCancellation(CancellationToken cancellationToken)
    {
        if (cancellationToken.CanBeCanceled)
        {
            _cancellation = cancellationToken.UnsafeRegister(
                static (state, token) =>
                {
                    var message = (Message)state!;
                    if (message.Claim())
                    {
                        message.TrySetCanceled(token);
                    }
                },
                this);
        }
    }

    public void Complete(RedisResult reply)
    {
        if (Claim())
        {
            TrySetResult(reply);
        }
    }

    public void Fail(Exception error)
    {
        if (Claim())
        {
            TrySetException(error);
        }
    }

    public void TimeOut(TimeSpan after)
    {
        if (Claim())
        {
            TrySetException(new RedisTimeoutException($"No reply to {CommandName} within {after.TotalMilliseconds} ms (syncTimeout)."));
        }
    }

    public bool IsExpired(long now) => Deadline != 0 && now >= Deadline && !Task.IsCompleted;

    /// <summary>Only the first outcome counts; a late reply to a timed-out or canceled command is dropped.</summary>
    private bool Claim()
    {
        if (Interlocked.Exchange(ref _settled, 1) != 0)
        {
            return false;
        }

        _cancellation.Unregister();
        return true;
    }
}
