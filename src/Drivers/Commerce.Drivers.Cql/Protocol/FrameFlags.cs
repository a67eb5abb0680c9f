namespace Commerce.Drivers.Cql.Protocol;

/// <summary>Frame header flags (section 2.2). Custom payload and warning exist from v4 on.</summary>
[Flags]
internal enum FrameFlags : byte
{
    None = 0x00,
    Compression = 0x01,
    Tracing = 0x02,
    CustomPayload = 0x04,
    Warning = 0x08,
}
