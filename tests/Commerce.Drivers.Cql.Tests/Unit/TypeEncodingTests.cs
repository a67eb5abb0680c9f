using System.Net;
using System.Numerics;
using Commerce.Drivers.Cql.Types;

namespace Commerce.Drivers.Cql.Tests.Unit;

/// <summary>Each expected byte string is derived by hand from section 6 of the v3/v4 specs.</summary>
public class TypeEncodingTests
{
    private static string Encode(ColumnType type, object value, byte version = 4) => Hex.Of(ValueEncoder.Encode(type, value, version));

    [Theory]
    [InlineData(0, "00000000")]
    [InlineData(1, "00000001")]
    [InlineData(-2, "FFFFFFFE")]
    [InlineData(int.MaxValue, "7FFFFFFF")]
    public void Int_is_four_byte_twos_complement(int value, string expected) => Assert.Equal(expected, Encode(ColumnType.Int, value));

    [Fact]
    public void Bigint_and_counter_are_eight_byte_twos_complement()
    {
        Assert.Equal("0000010000000000", Encode(ColumnType.Bigint, 1L << 40));
        Assert.Equal("FFFFFFFFFFFFFFFF", Encode(ColumnType.Counter, -1L));
        Assert.Equal("0000000000000007", Encode(ColumnType.Bigint, 7)); // an int widens to bigint
    }

    [Fact]
    public void Boolean_is_one_byte()
    {
        Assert.Equal("01", Encode(ColumnType.Boolean, true));
        Assert.Equal("00", Encode(ColumnType.Boolean, false));
    }

    [Fact]
    public void Float_and_double_are_ieee754_big_endian()
    {
        Assert.Equal("3FC00000", Encode(ColumnType.Float, 1.5f));
        Assert.Equal("3FF0000000000000", Encode(ColumnType.Double, 1.0));
        Assert.Equal("C000000000000000", Encode(ColumnType.Double, -2.0));
    }

    [Fact]
    public void Text_is_utf8_and_ascii_is_refused_outside_0_127()
    {
        Assert.Equal("C3A9", Encode(ColumnType.Varchar, "é"));
        Assert.Equal("4869", Encode(ColumnType.Ascii, "Hi"));
        Assert.Throws<InvalidCastException>(() => Encode(ColumnType.Ascii, "é"));
    }

    // The table of section 6.23 (v4) / 6.17 (v3), plus one value past 64 bits.
    [Theory]
    [InlineData("0", "00")]
    [InlineData("1", "01")]
    [InlineData("127", "7F")]
    [InlineData("128", "0080")]
    [InlineData("129", "0081")]
    [InlineData("-1", "FF")]
    [InlineData("-128", "80")]
    [InlineData("-129", "FF7F")]
    [InlineData("18446744073709551616", "010000000000000000")]
    public void Varint_is_minimal_twos_complement(string value, string expected)
    {
        Assert.Equal(expected, Encode(ColumnType.Varint, BigInteger.Parse(value)));
        Assert.Equal(BigInteger.Parse(value), ValueDecoder.Decode<BigInteger>(ColumnType.Varint, Hex.Bytes(expected)));
    }

    [Theory]
    [InlineData("1.5", "00000001 0F")]       // 15 * 10^-1
    [InlineData("-0.01", "00000002 FF")]     // -1 * 10^-2
    [InlineData("128", "00000000 0080")]     // unscaled 128 needs the 0x00 pad
    [InlineData("12.345", "00000003 3039")]  // 12345 = 0x3039
    [InlineData("0", "00000000 00")]
    public void Decimal_is_an_int_scale_then_a_varint_unscaled_value(string value, string expected)
    {
        var number = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected.Replace(" ", ""), Encode(ColumnType.Decimal, number));
        Assert.Equal(number, ValueDecoder.Decode<decimal>(ColumnType.Decimal, Hex.Bytes(expected)));
    }

    [Fact]
    public void Decimal_decoding_accepts_negative_scales_and_strips_zeros_beyond_scale_28()
    {
        Assert.Equal(500m, ValueDecoder.Decode<decimal>(ColumnType.Decimal, Hex.Bytes("FFFFFFFE 05"))); // 5E2
        // 10 * 10^-29 = 1E-28: scale 29 does not fit System.Decimal but the trailing zero can go.
        Assert.Equal(1e-28m, ValueDecoder.Decode<decimal>(ColumnType.Decimal, Hex.Bytes("0000001D 0A")));
        Assert.Throws<OverflowException>(() => ValueDecoder.Decode<decimal>(ColumnType.Decimal, Hex.Bytes("0000001E 01")));
    }

    [Fact]
    public void Uuid_is_rfc4122_big_endian_not_the_guid_memory_layout()
    {
        var guid = Guid.Parse("00112233-4455-6677-8899-aabbccddeeff");
        Assert.Equal("00112233445566778899AABBCCDDEEFF", Encode(ColumnType.Uuid, guid));
        Assert.NotEqual(Hex.Of(guid.ToByteArray()), Encode(ColumnType.Uuid, guid)); // .NET's layout is mixed-endian
        Assert.Equal(guid, ValueDecoder.Decode<Guid>(ColumnType.Timeuuid, Hex.Bytes("00112233445566778899AABBCCDDEEFF")));
    }

    [Fact]
    public void Timestamp_is_milliseconds_since_the_epoch()
    {
        // 2020-01-01T00:00:00Z = 1577836800000 ms = 0x16F5E66E800.
        var date = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        Assert.Equal("0000016F5E66E800", Encode(ColumnType.Timestamp, date));
        Assert.Equal("FFFFFFFFFFFFFFFF", Encode(ColumnType.Timestamp, DateTimeOffset.UnixEpoch.AddMilliseconds(-1)));
        Assert.Equal(date, ValueDecoder.Decode<DateTimeOffset>(ColumnType.Timestamp, Hex.Bytes("0000016F5E66E800")));
        Assert.Equal("0000016F5E66E800", Encode(ColumnType.Timestamp, new DateTimeOffset(2020, 1, 1, 1, 0, 0, TimeSpan.FromHours(1))));
    }

    [Fact]
    public void Blob_is_the_bytes_themselves() => Assert.Equal("010203", Encode(ColumnType.Blob, new byte[] { 1, 2, 3 }));

    [Fact]
    public void Inet_is_four_or_sixteen_address_bytes()
    {
        Assert.Equal("7F000001", Encode(ColumnType.Inet, IPAddress.Parse("127.0.0.1")));
        Assert.Equal("00000000000000000000000000000001", Encode(ColumnType.Inet, IPAddress.IPv6Loopback));
        Assert.Equal(IPAddress.Parse("10.1.2.3"), ValueDecoder.Decode<IPAddress>(ColumnType.Inet, Hex.Bytes("0A010203")));
        Assert.Throws<ProtocolViolationException>(() => ValueDecoder.Decode<IPAddress>(ColumnType.Inet, Hex.Bytes("0A0102")));
    }

    [Fact]
    public void List_and_set_are_an_int_count_then_int_length_prefixed_elements()
    {
        Assert.Equal("00000002 00000004 00000001 00000004 00000002".Replace(" ", ""), Encode(ColumnType.List(ColumnType.Int), new List<int> { 1, 2 }));
        Assert.Equal("00000001 00000001 61".Replace(" ", ""), Encode(ColumnType.Set(ColumnType.Varchar), new HashSet<string> { "a" }));
        Assert.Equal("00000000", Encode(ColumnType.List(ColumnType.Int), Array.Empty<int>()));
    }

    [Fact]
    public void Map_is_a_count_then_key_value_pairs()
    {
        Assert.Equal("00000001 00000001 61 00000004 00000001".Replace(" ", ""),
            Encode(ColumnType.Map(ColumnType.Varchar, ColumnType.Int), new Dictionary<string, int> { ["a"] = 1 }));
    }

    [Fact]
    public void Tuple_is_a_sequence_of_bytes_where_null_is_length_minus_one()
    {
        Assert.Equal("00000004 00000001 FFFFFFFF".Replace(" ", ""),
            Encode(ColumnType.Tuple(ColumnType.Int, ColumnType.Varchar), Tuple.Create<int, string?>(1, null)));
        Assert.Equal("00000004 00000001 00000001 78".Replace(" ", ""),
            Encode(ColumnType.Tuple(ColumnType.Int, ColumnType.Varchar), (1, "x")));
    }

    [Fact]
    public void Udt_is_its_fields_in_type_order()
    {
        var address = ColumnType.Udt("ks", "address", [("street", ColumnType.Varchar), ("zip", ColumnType.Int)]);
        Assert.Equal("00000001 78 FFFFFFFF".Replace(" ", ""), Encode(address, new Dictionary<string, object?> { ["street"] = "x", ["zip"] = null }));
        Assert.Equal("00000001 79 00000004 0000000A".Replace(" ", ""), Encode(address, new Address { Street = "y", Zip = 10 }));
    }

    [Fact]
    public void V4_small_types_date_time_smallint_tinyint()
    {
        Assert.Equal("FFFE", Encode(ColumnType.SmallInt, (short)-2));
        Assert.Equal("FF", Encode(ColumnType.TinyInt, (sbyte)-1));
        // date: days with the epoch centred at 2^31.
        Assert.Equal("80000000", Encode(ColumnType.Date, new DateOnly(1970, 1, 1)));
        Assert.Equal("80000001", Encode(ColumnType.Date, new DateOnly(1970, 1, 2)));
        Assert.Equal("7FFFFFFF", Encode(ColumnType.Date, new DateOnly(1969, 12, 31)));
        // time: nanoseconds since midnight; one second = 1e9 = 0x3B9ACA00.
        Assert.Equal("000000003B9ACA00", Encode(ColumnType.Time, new TimeOnly(0, 0, 1)));
        Assert.Equal(new DateOnly(1969, 12, 31), ValueDecoder.Decode<DateOnly>(ColumnType.Date, Hex.Bytes("7FFFFFFF")));
    }

    [Fact]
    public void Narrowing_and_mismatched_values_are_refused()
    {
        Assert.Throws<OverflowException>(() => Encode(ColumnType.Int, 1L << 40));
        Assert.Throws<InvalidCastException>(() => Encode(ColumnType.Int, "1"));
        Assert.Throws<InvalidCastException>(() => Encode(ColumnType.Uuid, "not a guid"));
    }

    private sealed class Address
    {
        public string? Street { get; set; }
        public int? Zip { get; set; }
    }
}
