namespace Commerce.Drivers.Bolt;

/// <summary>An alternating walk of nodes and relationships, relationships oriented as stored in the graph.</summary>
public interface IPath : IEquatable<IPath>
{
    INode Start { get; }

    INode End { get; }

    IReadOnlyList<INode> Nodes { get; }

    IReadOnlyList<IRelationship> Relationships { get; }
}
