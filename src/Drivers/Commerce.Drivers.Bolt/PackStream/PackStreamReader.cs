using System.Buffers.Binary;
using System.Text;
using Commerce.Drivers.Bolt.Exceptions;
using Commerce.Drivers.Bolt.Graph;

namespace Commerce.Drivers.Bolt.PackStream;

/// <summary>
/// Reads PackStream v1 values from one whole (de-chunked) message. Graph structures are
/// hydrated in the shape of the negotiated Bolt version: with element ids from 5.0 on.
/// </summary>
internal ref struct PackStreamReader(ReadOnlySpan<byte> data, bool elementIds)
{
    private readonly ReadOnlySpan<byte> _data = data;
    private int _position;

    public readonly bool ElementIds => elementIds;

    public readonly bool AtEnd => _position >= _data.Length;

    public (int FieldCount, byte Tag) ReadStructHeader()
    {
        var marker = ReadByte();
        int count = marker switch
        {
            >= Marker.TinyStruct and <= 0xBF => marker & 0x0F,
            Marker.Struct8 => ReadByte(),
            Marker.Struct16 => BinaryPrimitives.ReadUInt16BigEndian(Take(2)),
            _ => throw new ProtocolException($"Expected a structure, found marker 0x{marker:X2}."),
        };
        return (count, ReadByte());
    }

    public object? ReadValue()
    {
        var marker = ReadByte();
        switch (marker)
        {
            case <= 0x7F: return (long)marker;
            case >= 0xF0: return (long)unchecked((sbyte)marker);
            case >= Marker.TinyString and <= 0x8F: return ReadString(marker & 0x0F);
            case >= Marker.TinyList and <= 0x9F: return ReadList(marker & 0x0F);
            case >= Marker.TinyMap and <= 0xAF: return ReadMap(marker & 0x0F);
            case >= Marker.TinyStruct and <= 0xBF: return ReadStructure(marker & 0x0F, ReadByte());
            case Marker.Null: return null;
            case Marker.Float64: return BinaryPrimitives.ReadDoubleBigEndian(Take(8));
            case Marker.False: return false;
            case Marker.True: return true;
            case Marker.Int8: return (long)unchecked((sbyte)ReadByte());
            case Marker.Int16: return (long)BinaryPrimitives.ReadInt16BigEndian(Take(2));
            case Marker.Int32: return (long)BinaryPrimitives.ReadInt32BigEndian(Take(4));
            case Marker.Int64: return BinaryPrimitives.ReadInt64BigEndian(Take(8));
            case Marker.Bytes8: return Take(ReadByte()).ToArray();
            case Marker.Bytes16: return Take(BinaryPrimitives.ReadUInt16BigEndian(Take(2))).ToArray();
            case Marker.Bytes32: return Take(ReadSize32()).ToArray();
            case Marker.String8: return ReadString(ReadByte());
            case Marker.String16: return ReadString(BinaryPrimitives.ReadUInt16BigEndian(Take(2)));
            case Marker.String32: return ReadString(ReadSize32());
            case Marker.List8: return ReadList(ReadByte());
            case Marker.List16: return ReadList(BinaryPrimitives.ReadUInt16BigEndian(Take(2)));
            case Marker.List32: return ReadList(ReadSize32());
            case Marker.Map8: return ReadMap(ReadByte());
            case Marker.Map16: return ReadMap(BinaryPrimitives.ReadUInt16BigEndian(Take(2)));
            case Marker.Map32: return ReadMap(ReadSize32());
            case Marker.Struct8: return ReadStructure(ReadByte(), ReadByte());
            case Marker.Struct16: return ReadStructure(BinaryPrimitives.ReadUInt16BigEndian(Take(2)), ReadByte());
            default: throw new ProtocolException($"Reserved PackStream marker 0x{marker:X2}.");
        }
    }

    public Dictionary<string, object?> ReadMap()
    {
        var value = ReadValue();
        return value as Dictionary<string, object?>
            ?? throw new ProtocolException($"Expected a dictionary, found {value?.GetType().Name ?? "null"}.");
    }

    private string ReadString(int length) => Encoding.UTF8.GetString(Take(length));

    private List<object?> ReadList(int count)
    {
        var list = new List<object?>(Math.Min(count, 1024));
        for (var i = 0; i < count; i++) list.Add(ReadValue());
        return list;
    }

    private Dictionary<string, object?> ReadMap(int count)
    {
        var map = new Dictionary<string, object?>(Math.Min(count, 1024), StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            if (ReadValue() is not string key) throw new ProtocolException("PackStream dictionary keys must be strings.");
            // The specification says the last of repeated keys wins.
            map[key] = ReadValue();
        }
        return map;
    }

    private object ReadStructure(int fieldCount, byte tag)
    {
        switch (tag)
        {
            case StructureTag.Node:
                ExpectFields("Node", fieldCount, elementIds ? 4 : 3);
                return ReadNodeFields();
            case StructureTag.Relationship:
                {
                    ExpectFields("Relationship", fieldCount, elementIds ? 8 : 5);
                    var id = ReadLong();
                    var start = ReadLong();
                    var end = ReadLong();
                    var type = ReadText();
                    var properties = ReadMap();
                    var elementId = elementIds ? ReadText() : Text(id);
                    var startElementId = elementIds ? ReadText() : Text(start);
                    var endElementId = elementIds ? ReadText() : Text(end);
                    return new Relationship(id, elementId, start, startElementId, end, endElementId, type, properties);
                }
            case StructureTag.UnboundRelationship:
                ExpectFields("UnboundRelationship", fieldCount, elementIds ? 4 : 3);
                return ReadUnboundFields();
            case StructureTag.Path:
                {
                    ExpectFields("Path", fieldCount, 3);
                    var nodes = ReadTypedList<INode>("Path nodes");
                    var relationships = ReadTypedList<UnboundRelationship>("Path relationships");
                    var indices = ReadTypedList<long>("Path indices");
                    return Graph.Path.FromWire(nodes, relationships, indices);
                }
            default:
                {
                    var fields = new object?[fieldCount];
                    for (var i = 0; i < fieldCount; i++) fields[i] = ReadValue();
                    return new PackStreamStructure(tag, fields);
                }
        }
    }

    private Node ReadNodeFields()
    {
        var id = ReadLong();
        var labels = ReadTypedList<string>("Node labels");
        var properties = ReadMap();
        var elementId = elementIds ? ReadText() : Text(id);
        return new Node(id, elementId, labels, properties);
    }

    private UnboundRelationship ReadUnboundFields()
    {
        var id = ReadLong();
        var type = ReadText();
        var properties = ReadMap();
        var elementId = elementIds ? ReadText() : Text(id);
        return new UnboundRelationship(id, elementId, type, properties);
    }

    private List<T> ReadTypedList<T>(string what)
    {
        if (ReadValue() is not List<object?> raw) throw new ProtocolException($"{what} must be a list.");
        var typed = new List<T>(raw.Count);
        foreach (var item in raw)
            typed.Add(item is T t ? t : throw new ProtocolException($"{what} hold {item?.GetType().Name ?? "null"}, expected {typeof(T).Name}."));
        return typed;
    }

    private long ReadLong() => ReadValue() is long value ? value : throw new ProtocolException("Expected an integer.");

    private string ReadText() => ReadValue() is string value ? value : throw new ProtocolException("Expected a string.");

    private static string Text(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static void ExpectFields(string name, int actual, int expected)
    {
        if (actual != expected)
            throw new ProtocolException($"A {name} structure has {expected} fields in this Bolt version, received {actual}.");
    }

    private int ReadSize32()
    {
        var size = BinaryPrimitives.ReadUInt32BigEndian(Take(4));
        return size <= int.MaxValue ? (int)size : throw new ProtocolException("PackStream sizes are limited to 2^31-1.");
    }

    private byte ReadByte()
    {
        if (_position >= _data.Length) throw new ProtocolException("Unexpected end of PackStream data.");
        return _data[_position++];
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count > _data.Length - _position) throw new ProtocolException("Unexpected end of PackStream data.");
        var slice = _data.Slice(_position, count);
        _position += count;
        return slice;
    }
}
