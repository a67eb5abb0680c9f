namespace Commerce.Drivers.Cql.Protocol;

/// <summary>A received frame: its header and its (uncompressed) body.</summary>
internal sealed record Frame(FrameHeader Header, byte[] Body);
