namespace Commerce.Drivers.Bolt;

public interface IRelationship : IEntity, IEquatable<IRelationship>
{
    string Type { get; }

    long StartNodeId { get; }

    long EndNodeId { get; }

    string StartNodeElementId { get; }

    string EndNodeElementId { get; }
}
