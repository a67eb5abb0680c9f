namespace Commerce.Drivers.Redis;

/// <summary>Base of every error this driver raises.</summary>
public class RedisException : Exception
{
    public RedisException(string message, Exception? inner = null) : base(message, inner)
    {
    }
}

/// <summary>The connection failed, broke, or could not be (re)established in time.</summary>
public sealed class RedisConnectionException : RedisException
{
    public RedisConnectionException(string message, Exception? inner = null) : base(message, inner)
    {
    }
}

/// <summary>No reply arrived within <c>syncTimeout</c>.</summary>
public sealed class RedisTimeoutException : RedisException
{
    public RedisTimeoutException(string message, Exception? inner = null) : base(message, inner)
    {
    }
}

/// <summary>The bytes from the server do not follow RESP; the connection is dropped.</summary>
public sealed class RedisProtocolException : RedisException
{
    public RedisProtocolException(string message, Exception? inner = null) : base(message, inner)
    {
    }
}

/// <summary>An error reply, e.g. <c>WRONGTYPE Operation against a key ...</c>; <see cref="Prefix"/> is its first word.</summary>
public sealed class RedisServerException : RedisException
{
    public RedisServerException(string message) : base(message)
    {
        var space = message.IndexOf(' ');
        Prefix = space < 0 ? message : message[..space];
    }

    /// <summary>The error code by convention in upper case: <c>ERR</c>, <c>WRONGTYPE</c>, <c>NOSCRIPT</c>, ...</summary>
    public string Prefix { get; }

    internal static RedisServerException From(RedisResult error) => new(error.ToString());
}
