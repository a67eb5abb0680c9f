namespace Commerce.Drivers.Bolt.Graph;

internal sealed class Node(long id, string elementId, IReadOnlyList<string> labels, IReadOnlyDictionary<string, object?> properties)
    : Entity(id, elementId, properties), INode
{
    public IReadOnlyList<string> Labels { get; } = labels;

    public bool Equals(INode? other) => other is not null && other.ElementId == ElementId;

    public override bool Equals(object? obj) => obj is INode other && Equals(other);

    public override int GetHashCode() => ElementId.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => $"({ElementId}:{string.Join(':', Labels)})";
}
