using System.Buffers.Binary;
using System.Collections;
using System.Globalization;
using System.Net;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;

namespace Commerce.Drivers.Cql.Types;

/// <summary>
/// Reads the formats of section 6 into the CLR type the caller asks for; <c>object</c> means the
/// natural mapping of <see cref="NaturalTypes"/>. Collections are built as the target asks
/// (List/array/HashSet/Dictionary or their interfaces), tuples as Tuple or ValueTuple.
/// </summary>
internal static class ValueDecoder
{
    private static readonly DateOnly UnixEpochDate = new(1970, 1, 1);

    public static T? Decode<T>(ColumnType type, ReadOnlySpan<byte> data) => (T?)Decode(type, data, typeof(T));

    public static object? Decode(ColumnType type, ReadOnlySpan<byte> data, Type target)
    {
        target = Nullable.GetUnderlyingType(target) ?? target;
        if (target == typeof(object)) target = NaturalTypes.For(type);
        // Section 6: most non-string types allow an "empty" value, which carries no value at all.
        if (data.IsEmpty && type.Code is not (ColumnTypeCode.Ascii or ColumnTypeCode.Varchar or ColumnTypeCode.Blob or ColumnTypeCode.Custom))
            return null;
        return type.Code switch
        {
            ColumnTypeCode.List or ColumnTypeCode.Set => DecodeCollection(type, data, target),
            ColumnTypeCode.Map => DecodeMap(type, data, target),
            ColumnTypeCode.Tuple => DecodeTuple(type, data, target),
            ColumnTypeCode.Udt => DecodeUdt(type, data, target),
            _ => Coerce(type, DecodeNative(type, data), target),
        };
    }

    private static object DecodeNative(ColumnType type, ReadOnlySpan<byte> data) => type.Code switch
    {
        ColumnTypeCode.Ascii => Encoding.ASCII.GetString(data),
        ColumnTypeCode.Varchar => Encoding.UTF8.GetString(data),
        ColumnTypeCode.Blob or ColumnTypeCode.Custom => data.ToArray(),
        ColumnTypeCode.Boolean => data[0] != 0,
        ColumnTypeCode.Int => BinaryPrimitives.ReadInt32BigEndian(Exactly(data, 4, type)),
        ColumnTypeCode.Bigint or ColumnTypeCode.Counter => BinaryPrimitives.ReadInt64BigEndian(Exactly(data, 8, type)),
        ColumnTypeCode.SmallInt => BinaryPrimitives.ReadInt16BigEndian(Exactly(data, 2, type)),
        ColumnTypeCode.TinyInt => (sbyte)Exactly(data, 1, type)[0],
        ColumnTypeCode.Float => BinaryPrimitives.ReadSingleBigEndian(Exactly(data, 4, type)),
        ColumnTypeCode.Double => BinaryPrimitives.ReadDoubleBigEndian(Exactly(data, 8, type)),
        ColumnTypeCode.Decimal => DecimalCodec.Decode(data),
        ColumnTypeCode.Varint => VarintCodec.Decode(data),
        ColumnTypeCode.Uuid or ColumnTypeCode.Timeuuid => new Guid(Exactly(data, 16, type), bigEndian: true),
        ColumnTypeCode.Timestamp => DateTimeOffset.FromUnixTimeMilliseconds(BinaryPrimitives.ReadInt64BigEndian(Exactly(data, 8, type))),
        ColumnTypeCode.Inet => data.Length is 4 or 16 ? new IPAddress(data) : throw Malformed(type, data.Length),
        ColumnTypeCode.Date => UnixEpochDate.AddDays(checked((int)((long)BinaryPrimitives.ReadUInt32BigEndian(Exactly(data, 4, type)) - (1L << 31)))),
        ColumnTypeCode.Time => new TimeOnly(BinaryPrimitives.ReadInt64BigEndian(Exactly(data, 8, type)) / 100),
        _ => throw new NotSupportedException($"Cannot read CQL type {type}."),
    };

    private static object Coerce(ColumnType type, object value, Type target)
    {
        if (target.IsInstanceOfType(value)) return value;
        switch (value)
        {
            case DateTimeOffset dto when target == typeof(DateTime):
                return dto.UtcDateTime;
            case Guid guid when target == typeof(TimeUuid):
                return TimeUuid.Parse(guid);
            case BigInteger big when target == typeof(long):
                return (long)big;
            case BigInteger big when target == typeof(int):
                return (int)big;
            case byte[] bytes when target == typeof(ReadOnlyMemory<byte>):
                return new ReadOnlyMemory<byte>(bytes);
            case DateOnly date when target == typeof(DateTime):
                return date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            case TimeOnly time when target == typeof(TimeSpan):
                return time.ToTimeSpan();
            case int or long or short or sbyte when target == typeof(BigInteger):
                return new BigInteger(Convert.ToInt64(value, CultureInfo.InvariantCulture));
            case int or long or short or sbyte or float or decimal when IsNumeric(target):
                return Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
        }
        throw new InvalidCastException($"A CQL {type} value cannot be read as {target.Name}.");
    }

    private static bool IsNumeric(Type type) =>
        type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(sbyte) ||
        type == typeof(double) || type == typeof(float) || type == typeof(decimal);

    private static object DecodeCollection(ColumnType type, ReadOnlySpan<byte> data, Type target)
    {
        var elementTarget = ElementType(target) ?? NaturalTypes.For(type.Components[0]);
        var position = 0;
        var count = ReadInt(data, ref position);
        var items = Array.CreateInstance(elementTarget, count);
        for (var i = 0; i < count; i++)
        {
            var item = ReadItem(data, ref position) ?? throw new ProtocolViolationException($"A {type} element is null.");
            items.SetValue(Decode(type.Components[0], data.Slice(item.Start, item.Length), elementTarget), i);
        }
        if (target.IsArray) return items;
        var concrete = target;
        if (target.IsInterface || target.IsAbstract)
        {
            var list = typeof(List<>).MakeGenericType(elementTarget);
            var set = typeof(HashSet<>).MakeGenericType(elementTarget);
            concrete = type.Code == ColumnTypeCode.Set && target.IsAssignableFrom(set) ? set
                : target.IsAssignableFrom(list) ? list : set;
        }
        // Every collection type we build (List, HashSet, SortedSet, ...) takes an IEnumerable<T>.
        return Activator.CreateInstance(concrete, items)
            ?? throw new InvalidCastException($"Cannot build a {target.Name} from a CQL {type}.");
    }

    private static object DecodeMap(ColumnType type, ReadOnlySpan<byte> data, Type target)
    {
        var typed = TypeInference.GenericInterface(target, typeof(IDictionary<,>)) ?? TypeInference.GenericInterface(target, typeof(IReadOnlyDictionary<,>));
        var keyTarget = typed?.GetGenericArguments()[0] ?? NaturalTypes.For(type.Components[0]);
        var valueTarget = typed?.GetGenericArguments()[1] ?? NaturalTypes.For(type.Components[1]);
        var concrete = target.IsInterface || target.IsAbstract ? typeof(Dictionary<,>).MakeGenericType(keyTarget, valueTarget) : target;
        var map = (IDictionary)(Activator.CreateInstance(concrete) ?? throw new InvalidCastException($"Cannot build a {target.Name}."));
        var position = 0;
        var count = ReadInt(data, ref position);
        for (var i = 0; i < count; i++)
        {
            var key = ReadItem(data, ref position) ?? throw new ProtocolViolationException($"A {type} key is null.");
            var value = ReadItem(data, ref position);
            map.Add(Decode(type.Components[0], data.Slice(key.Start, key.Length), keyTarget)!,
                value is { } v ? Decode(type.Components[1], data.Slice(v.Start, v.Length), valueTarget) : null);
        }
        return map;
    }

    private static object DecodeTuple(ColumnType type, ReadOnlySpan<byte> data, Type target)
    {
        var itemTypes = target == typeof(object?[]) ? Enumerable.Repeat(typeof(object), type.Components.Count).ToArray()
            : typeof(ITuple).IsAssignableFrom(target) && target.IsGenericType ? target.GetGenericArguments()
            : throw new InvalidCastException($"A CQL {type} value cannot be read as {target.Name}.");
        if (itemTypes.Length != type.Components.Count)
            throw new InvalidCastException($"{target.Name} has {itemTypes.Length} items; the CQL {type} has {type.Components.Count}.");
        var values = new object?[itemTypes.Length];
        var position = 0;
        for (var i = 0; i < values.Length && position < data.Length; i++)
        {
            if (ReadItem(data, ref position) is { } item)
                values[i] = Decode(type.Components[i], data.Slice(item.Start, item.Length), itemTypes[i]);
        }
        return target == typeof(object?[]) ? values : Activator.CreateInstance(target, values)!;
    }

    private static object DecodeUdt(ColumnType type, ReadOnlySpan<byte> data, Type target)
    {
        var asDictionary = target.IsAssignableFrom(typeof(Dictionary<string, object?>));
        var dictionary = new Dictionary<string, object?>();
        var instance = asDictionary ? null : Activator.CreateInstance(target)
            ?? throw new InvalidCastException($"Cannot build a {target.Name} for the CQL {type}.");
        var position = 0;
        // Section 7: a UDT value may have fewer values than the type has fields.
        for (var i = 0; i < type.Components.Count && position < data.Length; i++)
        {
            var item = ReadItem(data, ref position);
            if (asDictionary)
            {
                dictionary[type.FieldNames[i]] = item is { } v ? Decode(type.Components[i], data.Slice(v.Start, v.Length), typeof(object)) : null;
                continue;
            }
            var property = UdtMapping.FindProperty(target, type.FieldNames[i]);
            if (property is null || item is null) continue;
            property.SetValue(instance, Decode(type.Components[i], data.Slice(item.Value.Start, item.Value.Length), property.PropertyType));
        }
        if (asDictionary)
        {
            foreach (var name in type.FieldNames) dictionary.TryAdd(name, null);
            return dictionary;
        }
        return instance!;
    }

    private static Type? ElementType(Type target)
    {
        if (target.IsArray) return target.GetElementType();
        var enumerable = TypeInference.GenericInterface(target, typeof(IEnumerable<>));
        return enumerable?.GetGenericArguments()[0];
    }

    private static int ReadInt(ReadOnlySpan<byte> data, ref int position)
    {
        if (position + 4 > data.Length) throw new ProtocolViolationException("A collection value is truncated.");
        var value = BinaryPrimitives.ReadInt32BigEndian(data[position..]);
        position += 4;
        return value;
    }

    /// <summary>An inner [bytes] item: its range in the data, or null for a negative length.</summary>
    private static (int Start, int Length)? ReadItem(ReadOnlySpan<byte> data, ref int position)
    {
        var length = ReadInt(data, ref position);
        if (length < 0) return null;
        if (position + length > data.Length) throw new ProtocolViolationException("A collection item is truncated.");
        var item = (position, length);
        position += length;
        return item;
    }

    private static ReadOnlySpan<byte> Exactly(ReadOnlySpan<byte> data, int size, ColumnType type) =>
        data.Length == size ? data : throw Malformed(type, data.Length);

    private static ProtocolViolationException Malformed(ColumnType type, int length) =>
        new($"A CQL {type} value cannot be {length} bytes long.");
}
