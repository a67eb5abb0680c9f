namespace Commerce.Drivers.Bolt;

public interface ICounters
{
    bool ContainsUpdates { get; }
    int NodesCreated { get; }
    int NodesDeleted { get; }
    int RelationshipsCreated { get; }
    int RelationshipsDeleted { get; }
    int PropertiesSet { get; }
    int LabelsAdded { get; }
    int LabelsRemoved { get; }
    int IndexesAdded { get; }
    int IndexesRemoved { get; }
    int ConstraintsAdded { get; }
    int ConstraintsRemoved { get; }
}
