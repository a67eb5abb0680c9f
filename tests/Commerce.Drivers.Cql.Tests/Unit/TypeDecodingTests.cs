using System.Numerics;
using Commerce.Drivers.Cql.Types;

namespace Commerce.Drivers.Cql.Tests.Unit;

public class TypeDecodingTests
{
    private static readonly byte[] ListOfTwoInts = Hex.Bytes("00000002 00000004 00000001 00000004 00000002");

    [Fact]
    public void Collections_decode_into_the_collection_type_asked_for()
    {
        var type = ColumnType.List(ColumnType.Int);
        Assert.Equal([1, 2], ValueDecoder.Decode<List<int>>(type, ListOfTwoInts)!);
        Assert.Equal([1, 2], ValueDecoder.Decode<int[]>(type, ListOfTwoInts)!);
        Assert.Equal([1, 2], ValueDecoder.Decode<IReadOnlyList<int>>(type, ListOfTwoInts)!);
        var set = ValueDecoder.Decode<ISet<int>>(ColumnType.Set(ColumnType.Int), ListOfTwoInts);
        Assert.IsType<HashSet<int>>(set);
        Assert.IsType<SortedSet<int>>(ValueDecoder.Decode<SortedSet<int>>(ColumnType.Set(ColumnType.Int), ListOfTwoInts));
        Assert.IsType<List<int>>(ValueDecoder.Decode<object>(type, ListOfTwoInts));
    }

    [Fact]
    public void Maps_decode_into_dictionaries()
    {
        var bytes = Hex.Bytes("00000001 00000001 61 00000004 00000001");
        var type = ColumnType.Map(ColumnType.Varchar, ColumnType.Int);
        Assert.Equal(1, ValueDecoder.Decode<Dictionary<string, int>>(type, bytes)!["a"]);
        Assert.Equal(1, ValueDecoder.Decode<IReadOnlyDictionary<string, int>>(type, bytes)!["a"]);
        Assert.Equal(1L, ValueDecoder.Decode<IDictionary<string, long>>(type, bytes)!["a"]); // int widens to long
    }

    [Fact]
    public void Tuples_decode_as_tuple_or_value_tuple_and_missing_items_are_null()
    {
        var type = ColumnType.Tuple(ColumnType.Int, ColumnType.Varchar);
        Assert.Equal((1, "x"), ValueDecoder.Decode<(int, string)>(type, Hex.Bytes("00000004 00000001 00000001 78")));
        var natural = ValueDecoder.Decode<object>(type, Hex.Bytes("00000004 00000001 FFFFFFFF"));
        Assert.Equal(Tuple.Create<int?, string?>(1, null), natural);
    }

    [Fact]
    public void A_udt_value_may_have_fewer_values_than_fields()
    {
        var type = ColumnType.Udt("ks", "address", [("street", ColumnType.Varchar), ("zip", ColumnType.Int)]);
        var value = ValueDecoder.Decode<Dictionary<string, object?>>(type, Hex.Bytes("00000001 78"))!;
        Assert.Equal("x", value["street"]);
        Assert.Null(value["zip"]);
    }

    [Fact]
    public void Empty_values_of_non_string_types_read_as_null_but_empty_text_is_a_string()
    {
        Assert.Null(ValueDecoder.Decode(ColumnType.Int, [], typeof(int?)));
        Assert.Equal("", ValueDecoder.Decode(ColumnType.Varchar, [], typeof(string)));
        Assert.Equal(Array.Empty<byte>(), ValueDecoder.Decode(ColumnType.Blob, [], typeof(byte[])));
    }

    [Fact]
    public void Wrong_lengths_and_impossible_targets_fail_loudly()
    {
        Assert.Throws<ProtocolViolationException>(() => ValueDecoder.Decode(ColumnType.Int, Hex.Bytes("0001"), typeof(int)));
        Assert.Throws<InvalidCastException>(() => ValueDecoder.Decode(ColumnType.Varchar, Hex.Bytes("61"), typeof(int)));
        Assert.Equal(new BigInteger(5), ValueDecoder.Decode(ColumnType.Int, Hex.Bytes("00000005"), typeof(BigInteger)));
    }

    [Fact]
    public void Row_get_value_refuses_to_turn_null_into_zero()
    {
        var columns = new ColumnDefinitions([new CqlColumn(0, "ks", "t", "n", ColumnType.Int)]);
        var row = new Row(columns, [null]);
        Assert.Null(row.GetValue<int?>("n"));
        Assert.True(row.IsNull("N"));
        Assert.Throws<InvalidCastException>(() => row.GetValue<int>(0));
    }
}
