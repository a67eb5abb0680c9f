namespace Commerce.Drivers.Bolt.Graph;

internal abstract class Entity(long id, string elementId, IReadOnlyDictionary<string, object?> properties) : IEntity
{
    public long Id { get; } = id;

    public string ElementId { get; } = elementId;

    public IReadOnlyDictionary<string, object?> Properties { get; } = properties;

    public object? this[string key] => Properties[key];

    public T Get<T>(string key) =>
        Properties.TryGetValue(key, out var value)
            ? value.As<T>()
            : throw new KeyNotFoundException($"The entity {ElementId} has no property '{key}'.");
}
