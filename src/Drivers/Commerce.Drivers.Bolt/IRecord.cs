namespace Commerce.Drivers.Bolt;

/// <summary>One row of a result: values by column name or position.</summary>
public interface IRecord
{
    IReadOnlyList<string> Keys { get; }

    IReadOnlyDictionary<string, object?> Values { get; }

    object? this[string key] { get; }

    object? this[int index] { get; }

    /// <summary>The value of a column converted to <typeparamref name="T"/> (see <see cref="ValueExtensions.As{T}(object?)"/>).</summary>
    T Get<T>(string key);
}
