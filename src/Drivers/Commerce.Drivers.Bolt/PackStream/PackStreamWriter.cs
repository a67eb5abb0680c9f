using System.Buffers.Binary;
using System.Collections;
using System.Text;
using Commerce.Drivers.Bolt.Exceptions;

namespace Commerce.Drivers.Bolt.PackStream;

/// <summary>
/// Serialises values as PackStream v1, always choosing the smallest representation the
/// specification allows. Values are written straight into a pooled buffer.
/// </summary>
internal sealed class PackStreamWriter(PooledBufferWriter output)
{
    public PooledBufferWriter Output { get; } = output;

    public void WriteNull() => WriteByte(Marker.Null);

    public void Write(bool value) => WriteByte(value ? Marker.True : Marker.False);

    public void Write(long value)
    {
        if (value is >= -16 and <= 127)
        {
            WriteByte(unchecked((byte)(sbyte)value));
        }
        else if (value is >= sbyte.MinValue and <= sbyte.MaxValue)
        {
            var span = Output.GetSpan(2);
            span[0] = Marker.Int8;
            span[1] = unchecked((byte)(sbyte)value);
            Output.Advance(2);
        }
        else if (value is >= short.MinValue and <= short.MaxValue)
        {
            var span = Output.GetSpan(3);
            span[0] = Marker.Int16;
            BinaryPrimitives.WriteInt16BigEndian(span[1..], (short)value);
            Output.Advance(3);
        }
        else if (value is >= int.MinValue and <= int.MaxValue)
        {
            var span = Output.GetSpan(5);
            span[0] = Marker.Int32;
            BinaryPrimitives.WriteInt32BigEndian(span[1..], (int)value);
            Output.Advance(5);
        }
        else
        {
            var span = Output.GetSpan(9);
            span[0] = Marker.Int64;
            BinaryPrimitives.WriteInt64BigEndian(span[1..], value);
            Output.Advance(9);
        }
    }

    public void Write(double value)
    {
        var span = Output.GetSpan(9);
        span[0] = Marker.Float64;
        BinaryPrimitives.WriteDoubleBigEndian(span[1..], value);
        Output.Advance(9);
    }

    public void Write(string value)
    {
        var length = Encoding.UTF8.GetByteCount(value);
        WriteSizedHeader(length, Marker.TinyString, Marker.String8, Marker.String16, Marker.String32);
        var span = Output.GetSpan(length);
        Encoding.UTF8.GetBytes(value, span);
        Output.Advance(length);
    }

    public void Write(ReadOnlySpan<byte> bytes)
    {
        // Bytes have no tiny form: the specification always uses an explicit size.
        WriteSizedHeader(bytes.Length, null, Marker.Bytes8, Marker.Bytes16, Marker.Bytes32);
        Output.Write(bytes);
    }

    public void WriteListHeader(int count) =>
        WriteSizedHeader(count, Marker.TinyList, Marker.List8, Marker.List16, Marker.List32);

    public void WriteMapHeader(int count) =>
        WriteSizedHeader(count, Marker.TinyMap, Marker.Map8, Marker.Map16, Marker.Map32);

    public void WriteStructHeader(int fieldCount, byte tag)
    {
        if (fieldCount is < 0 or > 15)
            throw new ArgumentOutOfRangeException(nameof(fieldCount), "A structure has at most 15 fields.");
        var span = Output.GetSpan(2);
        span[0] = (byte)(Marker.TinyStruct | fieldCount);
        span[1] = tag;
        Output.Advance(2);
    }

    public void WriteMap(IReadOnlyDictionary<string, object?> map)
    {
        WriteMapHeader(map.Count);
        foreach (var (key, value) in map)
        {
            Write(key);
            WriteValue(value);
        }
    }

    /// <summary>Writes any CLR value a Cypher parameter may hold.</summary>
    public void WriteValue(object? value)
    {
        switch (value)
        {
            case null: WriteNull(); break;
            case bool b: Write(b); break;
            case sbyte or byte or short or ushort or int or uint or long:
                Write(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)); break;
            case ulong ul:
                if (ul > long.MaxValue) throw new ClientException(ClientErrorCodes.TypeError, $"{ul} does not fit a PackStream integer (signed 64-bit).");
                Write((long)ul); break;
            case float f: Write((double)f); break;
            case double d: Write(d); break;
            case decimal:
                throw new ClientException(ClientErrorCodes.TypeError,
                    "PackStream has no decimal type; pass a decimal as a string (or as an integer number of minor units) to keep its precision.");
            case string s: Write(s); break;
            case char c: Write(c.ToString()); break;
            case Guid g: Write(g.ToString()); break;
            case Enum e: Write(e.ToString()); break;
            case byte[] bytes: Write(bytes); break;
            case ReadOnlyMemory<byte> memory: Write(memory.Span); break;
            case PackStreamStructure structure:
                WriteStructHeader(structure.Fields.Count, structure.Tag);
                foreach (var field in structure.Fields) WriteValue(field);
                break;
            case IDictionary<string, object?> map: WriteDictionary(map.Count, map.Select(p => new KeyValuePair<string, object?>(p.Key, p.Value))); break;
            case IReadOnlyDictionary<string, object?> map: WriteDictionary(map.Count, map); break;
            case IDictionary map: WriteDictionary(map.Count, EnumerateLegacy(map)); break;
            case IEnumerable sequence: WriteSequence(sequence); break;
            default: WriteObject(value); break;
        }
    }

    private void WriteDictionary(int count, IEnumerable<KeyValuePair<string, object?>> entries)
    {
        WriteMapHeader(count);
        foreach (var (key, value) in entries)
        {
            Write(key);
            WriteValue(value);
        }
    }

    private static IEnumerable<KeyValuePair<string, object?>> EnumerateLegacy(IDictionary map)
    {
        foreach (DictionaryEntry entry in map)
        {
            if (entry.Key is not string key)
                throw new ClientException(ClientErrorCodes.TypeError, "PackStream dictionary keys must be strings.");
            yield return new(key, entry.Value);
        }
    }

    private void WriteSequence(IEnumerable sequence)
    {
        var items = sequence as ICollection ?? sequence.Cast<object?>().ToList();
        WriteListHeader(items.Count);
        foreach (var item in items) WriteValue(item);
    }

    // Anonymous objects and plain classes become dictionaries of their public properties,
    // the way users of the official driver pass `new { id = 1 }` as parameters.
    private void WriteObject(object value)
    {
        var properties = value.GetType().GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
            .ToArray();
        if (properties.Length == 0)
            throw new ClientException(ClientErrorCodes.TypeError, $"Values of type {value.GetType()} cannot be sent as PackStream.");
        WriteMapHeader(properties.Length);
        foreach (var property in properties)
        {
            Write(property.Name);
            WriteValue(property.GetValue(value));
        }
    }

    private void WriteSizedHeader(int size, byte? tiny, byte marker8, byte marker16, byte marker32)
    {
        if (size < 0) throw new ArgumentOutOfRangeException(nameof(size));
        if (tiny is { } tinyMarker && size < 16)
        {
            WriteByte((byte)(tinyMarker | size));
        }
        else if (size <= byte.MaxValue)
        {
            var span = Output.GetSpan(2);
            span[0] = marker8;
            span[1] = (byte)size;
            Output.Advance(2);
        }
        else if (size <= ushort.MaxValue)
        {
            var span = Output.GetSpan(3);
            span[0] = marker16;
            BinaryPrimitives.WriteUInt16BigEndian(span[1..], (ushort)size);
            Output.Advance(3);
        }
        else
        {
            var span = Output.GetSpan(5);
            span[0] = marker32;
            BinaryPrimitives.WriteInt32BigEndian(span[1..], size);
            Output.Advance(5);
        }
    }

    private void WriteByte(byte value)
    {
        Output.GetSpan(1)[0] = value;
        Output.Advance(1);
    }
}
