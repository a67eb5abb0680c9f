using Commerce.Drivers.Bolt.Exceptions;

namespace Commerce.Drivers.Bolt.Graph;

internal sealed class Path : IPath
{
    public Path(IReadOnlyList<INode> nodes, IReadOnlyList<IRelationship> relationships)
    {
        Nodes = nodes;
        Relationships = relationships;
    }

    public INode Start => Nodes[0];

    public INode End => Nodes[^1];

    public IReadOnlyList<INode> Nodes { get; }

    public IReadOnlyList<IRelationship> Relationships { get; }

    /// <summary>
    /// Rebuilds the walk from the wire form: distinct nodes, distinct unbound relationships, and
    /// indices alternating a 1-based relationship index (negative when walked against its
    /// direction) and a 0-based node index; the first node starts the walk.
    /// </summary>
    public static Path FromWire(IReadOnlyList<INode> uniqueNodes, IReadOnlyList<UnboundRelationship> uniqueRelationships, IReadOnlyList<long> indices)
    {
        if (uniqueNodes.Count == 0) throw new ProtocolException("A path needs at least one node.");
        if (indices.Count % 2 != 0) throw new ProtocolException("Path indices must come in pairs.");
        var nodes = new List<INode>(indices.Count / 2 + 1) { uniqueNodes[0] };
        var relationships = new List<IRelationship>(indices.Count / 2);
        var previous = uniqueNodes[0];
        for (var i = 0; i < indices.Count; i += 2)
        {
            var relationshipIndex = indices[i];
            var next = uniqueNodes[checked((int)indices[i + 1])];
            if (relationshipIndex == 0) throw new ProtocolException("A path relationship index is never 0.");
            var unbound = uniqueRelationships[checked((int)Math.Abs(relationshipIndex) - 1)];
            relationships.Add(relationshipIndex > 0 ? unbound.Bind(previous, next) : unbound.Bind(next, previous));
            nodes.Add(next);
            previous = next;
        }
        return new Path(nodes, relationships);
    }

    public bool Equals(IPath? other) =>
        other is not null && Nodes.SequenceEqual(other.Nodes) && Relationships.SequenceEqual(other.Relationships);

    public override bool Equals(object? obj) => obj is IPath other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Start, End, Relationships.Count);

    public override string ToString() => string.Join(" ", Nodes.Select(n => n.ToString()));
}
