namespace Commerce.Drivers.Redis;

/// <summary>The RESP version a connection speaks.</summary>
public enum RedisProtocol
{
    Resp2 = 2,
    Resp3 = 3,
}
