using System.Collections;
using System.Net;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Commerce.Drivers.Cql.Types;

/// <summary>
/// Chooses the CQL type for a value bound to a non-prepared statement, where the server has not told
/// us the types: the natural mapping read backwards (string is text, long is bigint, ...).
/// </summary>
internal static class TypeInference
{
    public static ColumnType Infer(object value) => value switch
    {
        string => ColumnType.Varchar,
        int => ColumnType.Int,
        long => ColumnType.Bigint,
        bool => ColumnType.Boolean,
        double => ColumnType.Double,
        float => ColumnType.Float,
        decimal => ColumnType.Decimal,
        BigInteger => ColumnType.Varint,
        Guid => ColumnType.Uuid,
        TimeUuid => ColumnType.Timeuuid,
        DateTimeOffset or DateTime => ColumnType.Timestamp,
        byte[] or ReadOnlyMemory<byte> or Memory<byte> or ArraySegment<byte> => ColumnType.Blob,
        IPAddress => ColumnType.Inet,
        short => ColumnType.SmallInt,
        sbyte => ColumnType.TinyInt,
        DateOnly => ColumnType.Date,
        TimeOnly => ColumnType.Time,
        ITuple tuple => ColumnType.Tuple(Enumerable.Range(0, tuple.Length)
            .Select(i => tuple[i] is { } item ? Infer(item) : FromClrType(TupleItemType(value.GetType(), i))).ToArray()),
        IDictionary map => InferMap(map),
        IEnumerable items => InferCollection(value.GetType(), items),
        _ => throw new InvalidCastException($"Cannot choose a CQL type for a {value.GetType().Name}; prepare the statement instead."),
    };

    public static ColumnType FromClrType(Type type)
    {
        type = System.Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string)) return ColumnType.Varchar;
        if (type == typeof(int)) return ColumnType.Int;
        if (type == typeof(long)) return ColumnType.Bigint;
        if (type == typeof(bool)) return ColumnType.Boolean;
        if (type == typeof(double)) return ColumnType.Double;
        if (type == typeof(float)) return ColumnType.Float;
        if (type == typeof(decimal)) return ColumnType.Decimal;
        if (type == typeof(BigInteger)) return ColumnType.Varint;
        if (type == typeof(Guid)) return ColumnType.Uuid;
        if (type == typeof(TimeUuid)) return ColumnType.Timeuuid;
        if (type == typeof(DateTimeOffset) || type == typeof(DateTime)) return ColumnType.Timestamp;
        if (type == typeof(byte[])) return ColumnType.Blob;
        if (type == typeof(IPAddress)) return ColumnType.Inet;
        if (type == typeof(short)) return ColumnType.SmallInt;
        if (type == typeof(sbyte)) return ColumnType.TinyInt;
        if (type == typeof(DateOnly)) return ColumnType.Date;
        if (type == typeof(TimeOnly)) return ColumnType.Time;
        if (GenericInterface(type, typeof(IDictionary<,>)) is { } map)
            return ColumnType.Map(FromClrType(map.GetGenericArguments()[0]), FromClrType(map.GetGenericArguments()[1]));
        if (GenericInterface(type, typeof(ISet<>)) is { } set)
            return ColumnType.Set(FromClrType(set.GetGenericArguments()[0]));
        if (GenericInterface(type, typeof(IEnumerable<>)) is { } list)
            return ColumnType.List(FromClrType(list.GetGenericArguments()[0]));
        if (typeof(ITuple).IsAssignableFrom(type) && type.IsGenericType)
            return ColumnType.Tuple(type.GetGenericArguments().Select(FromClrType).ToArray());
        throw new InvalidCastException($"Cannot choose a CQL type for {type.Name}; prepare the statement instead.");
    }

    public static Type? GenericInterface(Type type, Type openGeneric)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == openGeneric) return type;
        return type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == openGeneric);
    }

    private static ColumnType InferMap(IDictionary map)
    {
        if (GenericInterface(map.GetType(), typeof(IDictionary<,>)) is { } typed && typed.GetGenericArguments()[0] != typeof(object))
            return FromClrType(typed);
        foreach (DictionaryEntry entry in map)
            if (entry.Value is not null) return ColumnType.Map(Infer(entry.Key), Infer(entry.Value));
        throw new InvalidCastException("Cannot choose a CQL map type for an empty untyped dictionary.");
    }

    private static ColumnType InferCollection(Type type, IEnumerable items)
    {
        var isSet = GenericInterface(type, typeof(ISet<>)) is not null;
        var elementType = GenericInterface(type, typeof(IEnumerable<>))?.GetGenericArguments()[0] ?? type.GetElementType();
        ColumnType element;
        if (elementType is not null && elementType != typeof(object)) element = FromClrType(elementType);
        else
        {
            var first = items.Cast<object?>().FirstOrDefault(i => i is not null)
                ?? throw new InvalidCastException("Cannot choose a CQL type for an empty untyped collection.");
            element = Infer(first);
        }
        return isSet ? ColumnType.Set(element) : ColumnType.List(element);
    }

    private static Type TupleItemType(Type tupleType, int index) =>
        tupleType.IsGenericType ? tupleType.GetGenericArguments()[index] : typeof(object);
}
