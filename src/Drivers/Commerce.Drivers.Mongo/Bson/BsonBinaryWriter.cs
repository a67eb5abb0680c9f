using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace Commerce.Drivers.Mongo.Bson;

/// <summary>Encodes BSON straight into an <see cref="IBufferWriter{T}"/>; no intermediate arrays.</summary>
public static class BsonBinaryWriter
{
    public static void WriteDocument(IBufferWriter<byte> output, BsonDocument document)
    {
        var sizes = new List<int>();
        BsonSize.Plan(document, sizes);
        var next = 0;
        WriteContainer(output, document, sizes, ref next);
    }

    public static byte[] ToBytes(BsonDocument document)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        WriteDocument(buffer, document);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes a document or array whose size (and its children's) <see cref="BsonSize.Plan"/> recorded in pre-order.</summary>
    private static void WriteContainer(IBufferWriter<byte> output, BsonValue container, List<int> sizes, ref int next)
    {
        WriteInt32(output, sizes[next++]);
        if (container is BsonDocument document)
        {
            foreach (var element in document.Elements)
            {
                WriteElement(output, element.Name, element.Value, sizes, ref next);
            }
        }
        else
        {
            var array = (BsonArray)container;
            Span<char> key = stackalloc char[10];
            for (var i = 0; i < array.Count; i++)
            {
                i.TryFormat(key, out var length, provider: System.Globalization.CultureInfo.InvariantCulture);
                WriteElement(output, key[..length], array[i], sizes, ref next);
            }
        }

        WriteByte(output, 0);
    }

    private static void WriteElement(IBufferWriter<byte> output, ReadOnlySpan<char> name, BsonValue value, List<int> sizes, ref int next)
    {
        WriteByte(output, (byte)value.BsonType);
        WriteCString(output, name);
        switch (value)
        {
            case BsonDouble d:
                BinaryPrimitives.WriteDoubleLittleEndian(output.GetSpan(8), d.Value);
                output.Advance(8);
                break;
            case BsonString s:
                WriteString(output, s.Value);
                break;
            case BsonDocument or BsonArray:
                WriteContainer(output, value, sizes, ref next);
                break;
            case BsonBinaryData bin:
                WriteInt32(output, bin.Bytes.Length);
                WriteByte(output, (byte)bin.SubType);
                output.Write(bin.Bytes.Span);
                break;
            case BsonObjectId oid:
                oid.Value.WriteTo(output.GetSpan(12));
                output.Advance(12);
                break;
            case BsonBoolean b:
                WriteByte(output, b.Value ? (byte)1 : (byte)0);
                break;
            case BsonDateTime dt:
                WriteInt64(output, dt.MillisecondsSinceEpoch);
                break;
            case BsonNull:
                break;
            case BsonRegularExpression regex:
                WriteCString(output, regex.Pattern);
                WriteCString(output, regex.Options);
                break;
            case BsonInt32 i:
                WriteInt32(output, i.Value);
                break;
            case BsonTimestamp ts:
                WriteInt64(output, (long)ts.Value);
                break;
            case BsonInt64 l:
                WriteInt64(output, l.Value);
                break;
            case BsonDecimal128 dec:
                var span = output.GetSpan(16);
                BinaryPrimitives.WriteUInt64LittleEndian(span, dec.Value.LowBits);
                BinaryPrimitives.WriteUInt64LittleEndian(span[8..], dec.Value.HighBits);
                output.Advance(16);
                break;
            default:
                throw new BsonSerializationException($"Unsupported BSON value {value.GetType().Name}.");
        }
    }

    internal static void WriteByte(IBufferWriter<byte> output, byte value)
    {
        output.GetSpan(1)[0] = value;
        output.Advance(1);
    }

    internal static void WriteInt32(IBufferWriter<byte> output, int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(output.GetSpan(4), value);
        output.Advance(4);
    }

    internal static void WriteInt64(IBufferWriter<byte> output, long value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(output.GetSpan(8), value);
        output.Advance(8);
    }

    private static void WriteString(IBufferWriter<byte> output, string value)
    {
        var length = Encoding.UTF8.GetByteCount(value);
        WriteInt32(output, length + 1);
        var span = output.GetSpan(length + 1);
        Encoding.UTF8.GetBytes(value, span);
        span[length] = 0;
        output.Advance(length + 1);
    }

    /// <summary>Element names, regex patterns and options are C strings: NUL-terminated, so they may not contain NUL.</summary>
    internal static void WriteCString(IBufferWriter<byte> output, ReadOnlySpan<char> value)
    {
        if (value.Contains('\0'))
        {
            throw new BsonSerializationException("A BSON cstring (element name, regex) cannot contain a NUL character.");
        }

        var length = Encoding.UTF8.GetByteCount(value);
        var span = output.GetSpan(length + 1);
        Encoding.UTF8.GetBytes(value, span);
        span[length] = 0;
        output.Advance(length + 1);
    }
}
