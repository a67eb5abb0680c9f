using System.Net;
using System.Numerics;

namespace Commerce.Drivers.Cql.Types;

/// <summary>The CLR type a CQL type reads as when the caller asks for <c>object</c>.</summary>
internal static class NaturalTypes
{
    public static Type For(ColumnType type) => type.Code switch
    {
        ColumnTypeCode.Ascii or ColumnTypeCode.Varchar => typeof(string),
        ColumnTypeCode.Bigint or ColumnTypeCode.Counter => typeof(long),
        ColumnTypeCode.Blob or ColumnTypeCode.Custom => typeof(byte[]),
        ColumnTypeCode.Boolean => typeof(bool),
        ColumnTypeCode.Decimal => typeof(decimal),
        ColumnTypeCode.Double => typeof(double),
        ColumnTypeCode.Float => typeof(float),
        ColumnTypeCode.Int => typeof(int),
        ColumnTypeCode.Timestamp => typeof(DateTimeOffset),
        ColumnTypeCode.Uuid or ColumnTypeCode.Timeuuid => typeof(Guid),
        ColumnTypeCode.Varint => typeof(BigInteger),
        ColumnTypeCode.Inet => typeof(IPAddress),
        ColumnTypeCode.Date => typeof(DateOnly),
        ColumnTypeCode.Time => typeof(TimeOnly),
        ColumnTypeCode.SmallInt => typeof(short),
        ColumnTypeCode.TinyInt => typeof(sbyte),
        ColumnTypeCode.List => typeof(List<>).MakeGenericType(For(type.Components[0])),
        ColumnTypeCode.Set => typeof(HashSet<>).MakeGenericType(For(type.Components[0])),
        ColumnTypeCode.Map => typeof(Dictionary<,>).MakeGenericType(For(type.Components[0]), For(type.Components[1])),
        ColumnTypeCode.Tuple => TupleType(type),
        ColumnTypeCode.Udt => typeof(Dictionary<string, object?>),
        _ => typeof(byte[]),
    };

    private static Type TupleType(ColumnType type)
    {
        var items = type.Components.Select(c => Nullable(For(c))).ToArray();
        return items.Length switch
        {
            1 => typeof(Tuple<>).MakeGenericType(items),
            2 => typeof(Tuple<,>).MakeGenericType(items),
            3 => typeof(Tuple<,,>).MakeGenericType(items),
            4 => typeof(Tuple<,,,>).MakeGenericType(items),
            5 => typeof(Tuple<,,,,>).MakeGenericType(items),
            6 => typeof(Tuple<,,,,,>).MakeGenericType(items),
            7 => typeof(Tuple<,,,,,,>).MakeGenericType(items),
            _ => typeof(object?[]),
        };
    }

    // Tuple items may be null on the wire, so value-type items become Nullable<T>.
    private static Type Nullable(Type type) =>
        type.IsValueType ? typeof(Nullable<>).MakeGenericType(type) : type;
}
