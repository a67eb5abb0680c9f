using System.Buffers.Binary;
using System.Text;

namespace Commerce.Drivers.Mongo.Bson;

/// <summary>Decodes BSON from a span, checking every length prefix and terminator the spec defines.</summary>
public ref struct BsonBinaryReader
{
    private const int MaxDepth = 200;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly ReadOnlySpan<byte> _data;
    private int _position;
    private int _depth;

    public BsonBinaryReader(ReadOnlySpan<byte> data)
    {
        _data = data;
        _position = 0;
        _depth = 0;
    }

    public readonly int Position => _position;

    public static BsonDocument ReadDocument(ReadOnlySpan<byte> data)
    {
        var reader = new BsonBinaryReader(data);
        var document = reader.ReadDocument();
        if (reader._position != data.Length)
        {
            throw new BsonSerializationException($"{data.Length - reader._position} bytes follow the document.");
        }

        return document;
    }

    public BsonDocument ReadDocument()
    {
        var end = EnterContainer();
        var document = new BsonDocument();
        while (true)
        {
            var type = ReadByte();
            if (type == 0)
            {
                break;
            }

            var name = ReadCString();
            if (document.Contains(name))
            {
                throw new BsonSerializationException($"Duplicate element name '{name}'.");
            }

            document.Add(name, ReadValue((BsonType)type));
        }

        LeaveContainer(end);
        return document;
    }

    private BsonArray ReadArray()
    {
        var end = EnterContainer();
        var array = new BsonArray();
        while (true)
        {
            var type = ReadByte();
            if (type == 0)
            {
                break;
            }

            SkipCString(); // array keys are "0", "1", ... and carry no information
            array.Add(ReadValue((BsonType)type));
        }

        LeaveContainer(end);
        return array;
    }

    private int EnterContainer()
    {
        if (++_depth > MaxDepth)
        {
            throw new BsonSerializationException($"Documents nest deeper than {MaxDepth} levels.");
        }

        var start = _position;
        var length = ReadInt32();
        if (length < 5 || start + length > _data.Length)
        {
            throw new BsonSerializationException($"Invalid document length {length} at offset {start}.");
        }

        return start + length;
    }

    private void LeaveContainer(int end)
    {
        if (_position != end || _data[end - 1] != 0)
        {
            throw new BsonSerializationException($"Document length prefix disagrees with its content (ends at {_position}, declared {end}).");
        }

        _depth--;
    }

    private BsonValue ReadValue(BsonType type)
    {
        switch (type)
        {
            case BsonType.Double:
                return new BsonDouble(BinaryPrimitives.ReadDoubleLittleEndian(Take(8)));
            case BsonType.String:
                return new BsonString(ReadString());
            case BsonType.Document:
                return ReadDocument();
            case BsonType.Array:
                return ReadArray();
            case BsonType.Binary:
                var length = ReadInt32();
                var subType = (BsonBinarySubType)ReadByte();
                if (length < 0)
                {
                    throw new BsonSerializationException($"Negative binary length {length}.");
                }

                var bytes = Take(length);
                if (subType == BsonBinarySubType.UuidStandard && length != 16)
                {
                    throw new BsonSerializationException($"UUID binary has {length} bytes, not 16.");
                }

                return new BsonBinaryData(bytes.ToArray(), subType);
            case BsonType.ObjectId:
                return new BsonObjectId(new ObjectId(Take(12)));
            case BsonType.Boolean:
                return ReadByte() switch
                {
                    0 => BsonBoolean.False,
                    1 => BsonBoolean.True,
                    var b => throw new BsonSerializationException($"Invalid boolean byte {b}."),
                };
            case BsonType.DateTime:
                return new BsonDateTime(ReadInt64());
            case BsonType.Null:
                return BsonNull.Value;
            case BsonType.RegularExpression:
                return new BsonRegularExpression(ReadCString(), ReadCString());
            case BsonType.Int32:
                return new BsonInt32(ReadInt32());
            case BsonType.Timestamp:
                var value = (ulong)ReadInt64();
                return new BsonTimestamp((uint)(value >> 32), (uint)value);
            case BsonType.Int64:
                return new BsonInt64(ReadInt64());
            case BsonType.Decimal128:
                var low = BinaryPrimitives.ReadUInt64LittleEndian(Take(8));
                var high = BinaryPrimitives.ReadUInt64LittleEndian(Take(8));
                return new BsonDecimal128(new Decimal128(high, low));
            default:
                throw new BsonSerializationException($"Unsupported BSON element type 0x{(byte)type:x2} at offset {_position - 1}.");
        }
    }

    private string ReadString()
    {
        var length = ReadInt32();
        if (length < 1)
        {
            throw new BsonSerializationException($"Invalid string length {length}.");
        }

        var bytes = Take(length);
        if (bytes[^1] != 0)
        {
            throw new BsonSerializationException("String is not NUL-terminated.");
        }

        return Decode(bytes[..^1]);
    }

    private string ReadCString()
    {
        var rest = _data[_position..];
        var end = rest.IndexOf((byte)0);
        if (end < 0)
        {
            throw new BsonSerializationException("Unterminated cstring.");
        }

        _position += end + 1;
        return Decode(rest[..end]);
    }

    private void SkipCString()
    {
        var end = _data[_position..].IndexOf((byte)0);
        if (end < 0)
        {
            throw new BsonSerializationException("Unterminated cstring.");
        }

        _position += end + 1;
    }

    private static string Decode(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new BsonSerializationException("String is not valid UTF-8.", e);
        }
    }

    private byte ReadByte() => Take(1)[0];

    private int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

    private long ReadInt64() => BinaryPrimitives.ReadInt64LittleEndian(Take(8));

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count > _data.Length - _position)
        {
            throw new BsonSerializationException($"Unexpected end of BSON data at offset {_position} (needed {count} bytes).");
        }

        var span = _data.Slice(_position, count);
        _position += count;
        return span;
    }
}
