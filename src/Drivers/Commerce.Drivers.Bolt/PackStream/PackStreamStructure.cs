namespace Commerce.Drivers.Bolt.PackStream;

/// <summary>A structure whose tag this driver gives no meaning to (temporal and spatial types, for instance); kept as its raw tag and fields.</summary>
public sealed record PackStreamStructure(byte Tag, IReadOnlyList<object?> Fields);
