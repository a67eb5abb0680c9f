namespace Commerce.Drivers.Bolt.Graph;

internal sealed class Relationship(
    long id, string elementId, long startNodeId, string startNodeElementId, long endNodeId, string endNodeElementId,
    string type, IReadOnlyDictionary<string, object?> properties)
    : Entity(id, elementId, properties), IRelationship
{
    public string Type { get; } = type;

    public long StartNodeId { get; } = startNodeId;

    public long EndNodeId { get; } = endNodeId;

    public string StartNodeElementId { get; } = startNodeElementId;

    public string EndNodeElementId { get; } = endNodeElementId;

    public bool Equals(IRelationship? other) => other is not null && other.ElementId == ElementId;

    public override bool Equals(object? obj) => obj is IRelationship other && Equals(other);

    public override int GetHashCode() => ElementId.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => $"({StartNodeElementId})-[{ElementId}:{Type}]->({EndNodeElementId})";
}
