using System.Buffers.Binary;
using System.Collections;
using System.Net;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;
using Commerce.Drivers.Cql.Protocol;

namespace Commerce.Drivers.Cql.Types;

/// <summary>
/// Serializes CLR values into the formats of section 6 for a known CQL type. Integral values widen
/// to wider CQL integers; anything that would lose information is refused.
/// </summary>
internal static class ValueEncoder
{
    private static readonly DateOnly UnixEpochDate = new(1970, 1, 1);

    /// <summary>Writes a [value]: null is n == -1, <see cref="Unset"/> is n == -2 (v4 only).</summary>
    public static void WriteValue(FrameWriter writer, ColumnType type, object? value, byte protocolVersion)
    {
        if (value is null)
        {
            writer.WriteNull();
            return;
        }
        if (value is Unset)
        {
            if (protocolVersion < 4)
                throw new ArgumentException($"Unset values need protocol v4; this connection speaks v{protocolVersion}.");
            writer.WriteUnset();
            return;
        }
        var start = writer.BeginLengthPrefixed();
        Serialize(writer, type, value, protocolVersion);
        writer.EndLengthPrefixed(start);
    }

    /// <summary>The serialized form alone, without the length prefix.</summary>
    public static byte[] Encode(ColumnType type, object value, byte protocolVersion = 4)
    {
        var writer = new FrameWriter(32);
        Serialize(writer, type, value, protocolVersion);
        return writer.ToArray();
    }

    public static void Serialize(FrameWriter writer, ColumnType type, object value, byte protocolVersion)
    {
        switch (type.Code)
        {
            case ColumnTypeCode.Ascii:
                var ascii = As<string>(type, value);
                if (ascii.Any(c => c > 127)) throw new InvalidCastException($"'{ascii}' is not ASCII.");
                writer.WriteRaw(Encoding.ASCII.GetBytes(ascii));
                break;
            case ColumnTypeCode.Varchar:
                writer.WriteRaw(Encoding.UTF8.GetBytes(As<string>(type, value)));
                break;
            case ColumnTypeCode.Blob:
            case ColumnTypeCode.Custom:
                writer.WriteRaw(value switch
                {
                    byte[] bytes => bytes,
                    ReadOnlyMemory<byte> memory => memory.Span,
                    Memory<byte> memory => memory.Span,
                    ArraySegment<byte> segment => segment.AsSpan(),
                    _ => throw Mismatch(type, value),
                });
                break;
            case ColumnTypeCode.Boolean:
                writer.WriteByte(As<bool>(type, value) ? (byte)1 : (byte)0);
                break;
            case ColumnTypeCode.Int:
                writer.WriteInt(checked((int)ToInt64(type, value)));
                break;
            case ColumnTypeCode.Bigint:
            case ColumnTypeCode.Counter:
                writer.WriteLong(ToInt64(type, value));
                break;
            case ColumnTypeCode.SmallInt:
                writer.WriteShort(unchecked((ushort)checked((short)ToInt64(type, value))));
                break;
            case ColumnTypeCode.TinyInt:
                writer.WriteByte(unchecked((byte)checked((sbyte)ToInt64(type, value))));
                break;
            case ColumnTypeCode.Float:
                BinaryPrimitives.WriteSingleBigEndian(writer.Reserve(4), value switch
                {
                    float f => f,
                    _ => throw Mismatch(type, value),
                });
                break;
            case ColumnTypeCode.Double:
                BinaryPrimitives.WriteDoubleBigEndian(writer.Reserve(8), value switch
                {
                    double d => d,
                    float f => f,
                    _ => throw Mismatch(type, value),
                });
                break;
            case ColumnTypeCode.Decimal:
                writer.WriteRaw(DecimalCodec.Encode(value switch
                {
                    decimal m => m,
                    int or long or short or byte or sbyte or ushort or uint => ToInt64(type, value),
                    _ => throw Mismatch(type, value),
                }));
                break;
            case ColumnTypeCode.Varint:
                writer.WriteRaw(VarintCodec.Encode(value switch
                {
                    BigInteger b => b,
                    ulong u => u,
                    int or long or short or byte or sbyte or ushort or uint => ToInt64(type, value),
                    _ => throw Mismatch(type, value),
                }));
                break;
            case ColumnTypeCode.Uuid:
            case ColumnTypeCode.Timeuuid:
                var guid = value switch
                {
                    Guid g => g,
                    TimeUuid t => t.ToGuid(),
                    _ => throw Mismatch(type, value),
                };
                guid.TryWriteBytes(writer.Reserve(16), bigEndian: true, out _);
                break;
            case ColumnTypeCode.Timestamp:
                writer.WriteLong(value switch
                {
                    DateTimeOffset dto => dto.ToUnixTimeMilliseconds(),
                    // An unspecified DateTime is taken as UTC, as the server stores instants.
                    DateTime dt => new DateTimeOffset(dt.Kind == DateTimeKind.Local ? dt.ToUniversalTime() : DateTime.SpecifyKind(dt, DateTimeKind.Utc)).ToUnixTimeMilliseconds(),
                    _ => throw Mismatch(type, value),
                });
                break;
            case ColumnTypeCode.Inet:
                writer.WriteRaw(As<IPAddress>(type, value).GetAddressBytes());
                break;
            case ColumnTypeCode.Date:
                var date = value switch
                {
                    DateOnly d => d,
                    DateTime dt => DateOnly.FromDateTime(dt),
                    _ => throw Mismatch(type, value),
                };
                writer.WriteInt(unchecked((int)(uint)((long)date.DayNumber - UnixEpochDate.DayNumber + (1L << 31))));
                break;
            case ColumnTypeCode.Time:
                writer.WriteLong(value switch
                {
                    TimeOnly t => t.Ticks * 100,
                    TimeSpan ts when ts >= TimeSpan.Zero && ts < TimeSpan.FromDays(1) => ts.Ticks * 100,
                    _ => throw Mismatch(type, value),
                });
                break;
            case ColumnTypeCode.List:
            case ColumnTypeCode.Set:
                WriteCollection(writer, type, value, protocolVersion);
                break;
            case ColumnTypeCode.Map:
                WriteMap(writer, type, value, protocolVersion);
                break;
            case ColumnTypeCode.Tuple:
                WriteTuple(writer, type, value, protocolVersion);
                break;
            case ColumnTypeCode.Udt:
                WriteUdt(writer, type, value, protocolVersion);
                break;
            default:
                throw new NotSupportedException($"Cannot serialize CQL type {type}.");
        }
    }

    private static void WriteCollection(FrameWriter writer, ColumnType type, object value, byte version)
    {
        if (value is string || value is not IEnumerable items) throw Mismatch(type, value);
        var countAt = writer.BeginLengthPrefixed();
        var count = 0;
        foreach (var item in items)
        {
            if (item is null) throw new ArgumentException($"A {type} cannot hold null elements.");
            WriteElement(writer, type.Components[0], item, version);
            count++;
        }
        OverwriteCount(writer, countAt, count);
    }

    private static void WriteMap(FrameWriter writer, ColumnType type, object value, byte version)
    {
        if (value is not IDictionary map) throw Mismatch(type, value);
        writer.WriteInt(map.Count);
        foreach (DictionaryEntry entry in map)
        {
            if (entry.Value is null) throw new ArgumentException($"A {type} cannot hold null values.");
            WriteElement(writer, type.Components[0], entry.Key, version);
            WriteElement(writer, type.Components[1], entry.Value, version);
        }
    }

    private static void WriteTuple(FrameWriter writer, ColumnType type, object value, byte version)
    {
        var items = value switch
        {
            ITuple tuple => Enumerable.Range(0, tuple.Length).Select(i => tuple[i]).ToArray(),
            object?[] array => array,
            _ => throw Mismatch(type, value),
        };
        if (items.Length > type.Components.Count) throw new ArgumentException($"{type} has {type.Components.Count} items, got {items.Length}.");
        for (var i = 0; i < type.Components.Count; i++)
        {
            var item = i < items.Length ? items[i] : null;
            if (item is null) writer.WriteNull();
            else WriteElement(writer, type.Components[i], item, version);
        }
    }

    private static void WriteUdt(FrameWriter writer, ColumnType type, object value, byte version)
    {
        Func<string, object?> field = value switch
        {
            IDictionary<string, object?> map => name => map.TryGetValue(name, out var v) ? v : null,
            IReadOnlyDictionary<string, object?> map => name => map.TryGetValue(name, out var v) ? v : null,
            _ => name => UdtMapping.FindProperty(value.GetType(), name)?.GetValue(value),
        };
        for (var i = 0; i < type.Components.Count; i++)
        {
            var item = field(type.FieldNames[i]);
            if (item is null) writer.WriteNull();
            else WriteElement(writer, type.Components[i], item, version);
        }
    }

    private static void WriteElement(FrameWriter writer, ColumnType type, object item, byte version)
    {
        var start = writer.BeginLengthPrefixed();
        Serialize(writer, type, item, version);
        writer.EndLengthPrefixed(start);
    }

    private static void OverwriteCount(FrameWriter writer, int afterCount, int count) =>
        // The count precedes the elements; it is patched once the enumeration has been walked.
        BinaryPrimitives.WriteInt32BigEndian(writer.Span(afterCount - 4, 4), count);

    private static long ToInt64(ColumnType type, object value) => value switch
    {
        int i => i,
        long l => l,
        short s => s,
        sbyte sb => sb,
        byte b => b,
        ushort us => us,
        uint ui => ui,
        ulong ul => checked((long)ul),
        _ => throw Mismatch(type, value),
    };

    private static T As<T>(ColumnType type, object value) => value is T typed ? typed : throw Mismatch(type, value);

    private static InvalidCastException Mismatch(ColumnType type, object value) =>
        new($"A {value.GetType().Name} cannot be written to a CQL {type} value.");
}
