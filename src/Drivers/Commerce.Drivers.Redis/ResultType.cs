namespace Commerce.Drivers.Redis;

/// <summary>The RESP2/RESP3 type a reply arrived as (the spec's names).</summary>
public enum ResultType
{
    SimpleString,
    Error,
    Integer,
    BulkString,
    Array,
    Null,
    Boolean,
    Double,
    BigNumber,
    VerbatimString,
    Map,
    Set,
    Push,
}
