namespace Commerce.Drivers.Bolt;

public interface INode : IEntity, IEquatable<INode>
{
    IReadOnlyList<string> Labels { get; }
}
