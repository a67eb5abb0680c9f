namespace Commerce.Drivers.Cql.Protocol.Responses;

/// <summary>The &lt;flags&gt; [int] of result metadata (4.2.5.2).</summary>
[Flags]
internal enum RowsMetadataFlags
{
    None = 0x0000,
    GlobalTablesSpec = 0x0001,
    HasMorePages = 0x0002,
    NoMetadata = 0x0004,
}
