namespace Commerce.GraphQL.Types;

/// <summary>Anything a type has by name: fields, arguments, input fields, enum values.</summary>
public interface IHasName
{
    string Name { get; }
}

/// <summary>Members in definition order with lookup by name; definition order is what introspection and SDL show.</summary>
public sealed class FieldCollection<T> : IReadOnlyList<T>
    where T : class, IHasName
{
    private readonly List<T> _items = [];
    private readonly Dictionary<string, T> _byName = new(StringComparer.Ordinal);

    public int Count => _items.Count;

    public T this[int index] => _items[index];

    public T this[string name] => _byName[name];

    public void Add(T item)
    {
        if (!_byName.TryAdd(item.Name, item))
        {
            throw new SchemaException($"\"{item.Name}\" is defined more than once.");
        }

        _items.Add(item);
    }

    /// <summary>Adds or replaces a member of the same name, keeping the original position.</summary>
    public void Set(T item)
    {
        if (_byName.TryGetValue(item.Name, out var existing))
        {
            _items[_items.IndexOf(existing)] = item;
            _byName[item.Name] = item;
            return;
        }

        Add(item);
    }

    public bool TryGetField(string name, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T item) => _byName.TryGetValue(name, out item);

    public bool Contains(string name) => _byName.ContainsKey(name);

    public List<T>.Enumerator GetEnumerator() => _items.GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => _items.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => _items.GetEnumerator();
}
