namespace Commerce.Drivers.Bolt.Graph;

/// <summary>A relationship as a path carries it: no ends until the path binds it.</summary>
internal sealed record UnboundRelationship(long Id, string ElementId, string Type, IReadOnlyDictionary<string, object?> Properties)
{
    public Relationship Bind(INode start, INode end) =>
        new(Id, ElementId, start.Id, start.ElementId, end.Id, end.ElementId, Type, Properties);
}
