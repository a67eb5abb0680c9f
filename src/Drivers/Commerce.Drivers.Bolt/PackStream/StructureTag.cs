namespace Commerce.Drivers.Bolt.PackStream;

/// <summary>Tag bytes of the graph structures (Bolt structure semantics).</summary>
internal static class StructureTag
{
    public const byte Node = 0x4E;
    public const byte Relationship = 0x52;
    public const byte UnboundRelationship = 0x72;
    public const byte Path = 0x50;
}
