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

    public FlushBatch? Batch { get; set; }

    private int _settled;

    public string CommandName => Args[0].ToString();

    public void Complete(RedisResult reply)
    {
        TrySetResult(reply);
        Settled();
    }

    public void Fail(Exception error)
    {
        TrySetException(error);
        Settled();
    }

    /// <summary>Counts once toward its write's completion, however many times it is settled.</summary>
    private void Settled()
    {
        if (Interlocked.Exchange(ref _settled, 1) == 0)
        {
            Batch?.OneDone();
        }
    }
}
