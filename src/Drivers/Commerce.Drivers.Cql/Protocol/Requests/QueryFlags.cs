namespace Commerce.Drivers.Cql.Protocol.Requests;

/// <summary>The &lt;flags&gt; byte of &lt;query_parameters&gt; (4.1.4), the same byte in v3 and v4.</summary>
[Flags]
internal enum QueryFlags : byte
{
    None = 0x00,
    Values = 0x01,
    SkipMetadata = 0x02,
    PageSize = 0x04,
    WithPagingState = 0x08,
    WithSerialConsistency = 0x10,
    WithDefaultTimestamp = 0x20,
    WithNamesForValues = 0x40,
}
