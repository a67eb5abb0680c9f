namespace Commerce.Drivers.Bolt;

/// <summary>What nodes and relationships share: an identity and properties.</summary>
public interface IEntity
{
    /// <summary>The legacy numeric id (every Bolt version sends it).</summary>
    long Id { get; }

    /// <summary>The element id from Bolt 5.0 on; on older servers the numeric id as text.</summary>
    string ElementId { get; }

    IReadOnlyDictionary<string, object?> Properties { get; }

    object? this[string key] { get; }

    /// <summary>Reads a property converted to <typeparamref name="T"/> (see <see cref="ValueExtensions.As{T}(object?)"/>).</summary>
    T Get<T>(string key);
}
