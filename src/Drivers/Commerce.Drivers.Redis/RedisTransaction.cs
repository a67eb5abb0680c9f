using Commerce.Drivers.Redis.Connection;

namespace Commerce.Drivers.Redis;

/// <summary>
/// WATCH + condition reads, then MULTI, the queued commands and EXEC in one write, all on a pooled
/// connection held exclusively: WATCH state is per connection and must not be shared with other callers.
/// </summary>
internal sealed class RedisTransaction : DatabaseCommands, ITransaction
{
    private readonly ConnectionMultiplexer _multiplexer;
    private readonly List<Condition> _conditions = [];
    private readonly List<IQueued> _queued = [];
    private bool _executed;

    public RedisTransaction(ConnectionMultiplexer multiplexer, int database, byte[]? keyPrefix)
        : base(database, keyPrefix)
    {
        _multiplexer = multiplexer;
    }

    /// <summary>Test seam: runs after the conditions were checked and before MULTI, while the keys are watched.</summary>
    internal Func<Task>? BeforeMulti { get; set; }

    public void AddCondition(Condition condition) => _conditions.Add(condition);

    protected override Task<T> SendAsync<T>(RedisValue[] args, Func<RedisResult, T> parse, CancellationToken cancellationToken)
    {
        if (_executed)
        {
            throw new InvalidOperationException("This transaction has already been executed.");
        }

        var queued = new Queued<T>(args, parse);
        _queued.Add(queued);
        return queued.Task;
    }

    /// <summary>EVALSHA cannot recover from NOSCRIPT inside MULTI, so a transaction sends the script itself.</summary>
    public override Task<RedisResult> ScriptEvaluateAsync(string script, RedisKey[]? keys = null, RedisValue[]? values = null, CancellationToken cancellationToken = default) =>
        SendAsync(ScriptArgs("EVAL", script, keys, values), static r => r, cancellationToken);

    public async Task<bool> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        if (_executed)
        {
            throw new InvalidOperationException("This transaction has already been executed.");
        }

        _executed = true;
        await using var lease = await _multiplexer.Pool.LeaseAsync(cancellationToken).ConfigureAwait(false);
        lease.Reusable = false; // until it ends cleanly, its WATCH/MULTI state is unknown
        try
        {
            var committed = await RunAsync(lease.Connection, cancellationToken).ConfigureAwait(false);
            lease.Reusable = true;
            if (!committed)
            {
                CancelQueued();
            }

            return committed;
        }
        catch (Exception e)
        {
            foreach (var q in _queued)
            {
                q.Fail(e);
            }

            throw;
        }
    }

    private async Task<bool> RunAsync(PhysicalConnection connection, CancellationToken cancellationToken)
    {
        if (_conditions.Count > 0)
        {
            var watch = Send(connection, ["WATCH", .. _conditions.Select(c => Key(c.Key))], cancellationToken);
            var checks = _conditions.Select(c => Send(connection, c.CheckCommand(Key), cancellationToken)).ToArray();
            ThrowIfError(await _multiplexer.WaitAsync(watch, cancellationToken).ConfigureAwait(false));
            var satisfied = true;
            for (var i = 0; i < checks.Length; i++)
            {
                var reply = await _multiplexer.WaitAsync(checks[i], cancellationToken).ConfigureAwait(false);
                ThrowIfError(reply);
                satisfied &= _conditions[i].IsSatisfied(reply);
            }

            if (!satisfied)
            {
                ThrowIfError(await _multiplexer.WaitAsync(Send(connection, ["UNWATCH"], cancellationToken), cancellationToken).ConfigureAwait(false));
                return false;
            }

            if (BeforeMulti is not null)
            {
                await BeforeMulti().ConfigureAwait(false);
            }
        }

        var multi = Send(connection, ["MULTI"], cancellationToken);
        var queuedReplies = _queued.Select(q => Send(connection, q.Args, cancellationToken)).ToArray();
        var exec = Send(connection, ["EXEC"], cancellationToken);

        ThrowIfError(await _multiplexer.WaitAsync(multi, cancellationToken).ConfigureAwait(false));
        for (var i = 0; i < queuedReplies.Length; i++)
        {
            var queuedReply = await _multiplexer.WaitAsync(queuedReplies[i], cancellationToken).ConfigureAwait(false);
            if (queuedReply.IsError)
            {
                _queued[i].Fail(RedisServerException.From(queuedReply));
            }
        }

        var result = await _multiplexer.WaitAsync(exec, cancellationToken).ConfigureAwait(false);
        ThrowIfError(result); // EXECABORT when a command was refused at queue time
        if (result.IsNull)
        {
            return false; // a watched key changed: the server discarded the transaction
        }

        for (var i = 0; i < _queued.Count; i++)
        {
            _queued[i].Complete(result.Items[i]);
        }

        return true;
    }

    private Message Send(PhysicalConnection connection, RedisValue[] args, CancellationToken cancellationToken)
    {
        var message = new Message(args, Database, cancellationToken);
        if (!connection.TryEnqueue(message))
        {
            throw new RedisConnectionException("The transaction's connection was lost.");
        }

        return message;
    }

    private void CancelQueued()
    {
        foreach (var q in _queued)
        {
            q.Cancel();
        }
    }

    private static void ThrowIfError(RedisResult reply)
    {
        if (reply.IsError)
        {
            throw RedisServerException.From(reply);
        }
    }

    private interface IQueued
    {
        RedisValue[] Args { get; }

        void Complete(RedisResult reply);

        void Fail(Exception error);

        void Cancel();
    }

    private sealed class Queued<T>(RedisValue[] args, Func<RedisResult, T> parse)
        : TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously), IQueued
    {
        public RedisValue[] Args => args;

        public void Complete(RedisResult reply)
        {
            if (reply.IsError)
            {
                TrySetException(RedisServerException.From(reply));
                return;
            }

            try
            {
                TrySetResult(parse(reply));
            }
            catch (Exception e)
            {
                TrySetException(e);
            }
        }

        public void Fail(Exception error) => TrySetException(error);

        public void Cancel() => TrySetCanceled();
    }
}
