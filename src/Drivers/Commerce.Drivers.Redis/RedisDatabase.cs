using Commerce.Drivers.Redis.Connection;

namespace Commerce.Drivers.Redis;

internal sealed class RedisDatabase : DatabaseCommands, IDatabase
{
    private readonly ConnectionMultiplexer _multiplexer;

    public RedisDatabase(ConnectionMultiplexer multiplexer, int database, byte[]? keyPrefix)
        : base(database, keyPrefix)
    {
        _multiplexer = multiplexer;
    }

    public IConnectionMultiplexer Multiplexer => _multiplexer;

    public ITransaction CreateTransaction() => new RedisTransaction(_multiplexer, Database, _multiplexer.KeyPrefix);

    protected override async Task<T> SendAsync<T>(RedisValue[] args, Func<RedisResult, T> parse, CancellationToken cancellationToken)
    {
        var reply = await _multiplexer.ExecuteAsync(new Message(args, Database, cancellationToken), cancellationToken).ConfigureAwait(false);
        return reply.IsError ? throw RedisServerException.From(reply) : parse(reply);
    }

    /// <summary>
    /// EVALSHA first; on NOSCRIPT (after SCRIPT FLUSH or a restart) the script is sent again with EVAL,
    /// which loads it into the server's cache and runs it in one step, so a second flush between a
    /// separate SCRIPT LOAD and the retry cannot make the retry fail too.
    /// </summary>
    public override async Task<RedisResult> ScriptEvaluateAsync(string script, RedisKey[]? keys = null, RedisValue[]? values = null, CancellationToken cancellationToken = default)
    {
        var sha = _multiplexer.Scripts.Sha1Of(script);
        try
        {
            return await SendAsync(ScriptArgs("EVALSHA", sha, keys, values), static r => r, cancellationToken).ConfigureAwait(false);
        }
        catch (RedisServerException e) when (e.Prefix == "NOSCRIPT")
        {
            return await SendAsync(ScriptArgs("EVAL", script, keys, values), static r => r, cancellationToken).ConfigureAwait(false);
        }
    }
}
