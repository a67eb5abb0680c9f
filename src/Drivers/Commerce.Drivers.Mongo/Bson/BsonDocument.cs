using System.Collections;

namespace Commerce.Drivers.Mongo.Bson;

/// <summary>
/// An ordered list of named values. Order matters on the wire (the command name must come first),
/// so elements are kept as a list; lookups are linear, which is faster than hashing for the
/// handful of fields real documents have.
/// </summary>
public sealed class BsonDocument : BsonValue, IEnumerable<BsonElement>
{
    private readonly List<BsonElement> _elements;

    public BsonDocument() => _elements = [];

    public BsonDocument(string name, BsonValue value) : this() => Add(name, value);

    public BsonDocument(IEnumerable<BsonElement> elements) : this()
    {
        foreach (var element in elements)
        {
            Add(element.Name, element.Value);
        }
    }

    public override BsonType BsonType => BsonType.Document;
    public int ElementCount => _elements.Count;
    public IReadOnlyList<BsonElement> Elements => _elements;
    public IEnumerable<string> Names => _elements.Select(e => e.Name);

    public override BsonValue this[string name]
    {
        get => TryGetValue(name, out var value) ? value : throw new KeyNotFoundException($"Element '{name}' not found.");
    }

    public BsonElement GetElement(int index) => _elements[index];

    public BsonDocument Add(string name, BsonValue? value)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (IndexOf(name) >= 0)
        {
            throw new InvalidOperationException($"Duplicate element name '{name}'.");
        }

        _elements.Add(new BsonElement(name, value ?? BsonNull.Value));
        return this;
    }

    /// <summary>Replaces the value of an existing element in place, or appends it.</summary>
    public BsonDocument Set(string name, BsonValue? value)
    {
        var index = IndexOf(name);
        var element = new BsonElement(name, value ?? BsonNull.Value);
        if (index >= 0)
        {
            _elements[index] = element;
        }
        else
        {
            _elements.Add(element);
        }

        return this;
    }

    public BsonDocument InsertAt(int index, string name, BsonValue value)
    {
        if (IndexOf(name) >= 0)
        {
            throw new InvalidOperationException($"Duplicate element name '{name}'.");
        }

        _elements.Insert(index, new BsonElement(name, value));
        return this;
    }

    public bool Remove(string name)
    {
        var index = IndexOf(name);
        if (index < 0)
        {
            return false;
        }

        _elements.RemoveAt(index);
        return true;
    }

    public bool Contains(string name) => IndexOf(name) >= 0;

    public bool TryGetValue(string name, out BsonValue value)
    {
        var index = IndexOf(name);
        value = index >= 0 ? _elements[index].Value : BsonNull.Value;
        return index >= 0;
    }

    public BsonValue? GetValueOrDefault(string name) => TryGetValue(name, out var value) ? value : null;

    public int IndexOf(string name)
    {
        for (var i = 0; i < _elements.Count; i++)
        {
            if (string.Equals(_elements[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    public BsonDocument DeepClone() => (BsonDocument)Clone(this);

    private static BsonValue Clone(BsonValue value) => value switch
    {
        BsonDocument d => new BsonDocument(d._elements.Select(e => new BsonElement(e.Name, Clone(e.Value)))),
        BsonArray a => new BsonArray(a.Select(Clone)),
        _ => value,
    };

    public IEnumerator<BsonElement> GetEnumerator() => _elements.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override bool Equals(BsonValue? other)
    {
        if (other is not BsonDocument d || d._elements.Count != _elements.Count)
        {
            return false;
        }

        for (var i = 0; i < _elements.Count; i++)
        {
            if (_elements[i].Name != d._elements[i].Name || !_elements[i].Value.Equals(d._elements[i].Value))
            {
                return false;
            }
        }

        return true;
    }

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var element in _elements)
        {
            hash.Add(element.Name);
            hash.Add(element.Value);
        }

        return hash.ToHashCode();
    }

    public override string ToString() => "{ " + string.Join(", ", _elements.Select(e => $"\"{e.Name}\" : {Render(e.Value)}")) + " }";

    internal static string Render(BsonValue value) => value is BsonString s ? $"\"{s.Value}\"" : value.ToString() ?? "";
}
