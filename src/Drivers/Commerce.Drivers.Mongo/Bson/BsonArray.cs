using System.Collections;

namespace Commerce.Drivers.Mongo.Bson;

public sealed class BsonArray : BsonValue, IList<BsonValue>, IReadOnlyList<BsonValue>
{
    private readonly List<BsonValue> _values;

    public BsonArray() => _values = [];

    public BsonArray(IEnumerable<BsonValue> values) => _values = [.. values];

    public override BsonType BsonType => BsonType.Array;
    public int Count => _values.Count;
    public bool IsReadOnly => false;

    public override BsonValue this[int index] => _values[index];

    BsonValue IList<BsonValue>.this[int index]
    {
        get => _values[index];
        set => _values[index] = value ?? BsonNull.Value;
    }

    BsonValue IReadOnlyList<BsonValue>.this[int index] => _values[index];

    public void Add(BsonValue? value) => _values.Add(value ?? BsonNull.Value);
    public void Clear() => _values.Clear();
    public bool Contains(BsonValue item) => _values.Contains(item);
    public void CopyTo(BsonValue[] array, int arrayIndex) => _values.CopyTo(array, arrayIndex);
    public int IndexOf(BsonValue item) => _values.IndexOf(item);
    public void Insert(int index, BsonValue item) => _values.Insert(index, item);
    public bool Remove(BsonValue item) => _values.Remove(item);
    public void RemoveAt(int index) => _values.RemoveAt(index);
    public IEnumerator<BsonValue> GetEnumerator() => _values.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override bool Equals(BsonValue? other) => other is BsonArray a && a._values.SequenceEqual(_values);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var value in _values)
        {
            hash.Add(value);
        }

        return hash.ToHashCode();
    }

    public override string ToString() => "[" + string.Join(", ", _values.Select(BsonDocument.Render)) + "]";
}
