namespace Commerce.Drivers.Bolt.Tests.PackStream;

/// <summary>Every expected byte string below is copied from the examples and tables of the PackStream specification.</summary>
public class PackStreamEncodingTests
{
    [Fact]
    public void Null_and_booleans_are_single_markers()
    {
        Assert.Equal(Hex.Parse("C0"), Hex.PackValue(null));
        Assert.Equal(Hex.Parse("C2"), Hex.PackValue(false));
        Assert.Equal(Hex.Parse("C3"), Hex.PackValue(true));
    }

    [Theory]
    // TINY_INT: markers F0..FF are -16..-1, 00..7F are 0..127.
    [InlineData(-16L, "F0")]
    [InlineData(-1L, "FF")]
    [InlineData(0L, "00")]
    [InlineData(1L, "01")]
    [InlineData(42L, "2A")]
    [InlineData(127L, "7F")]
    // Boundaries of the optimal-representation table.
    [InlineData(-17L, "C8 EF")]
    [InlineData(-128L, "C8 80")]
    [InlineData(-129L, "C9 FF 7F")]
    [InlineData(128L, "C9 00 80")]
    [InlineData(32767L, "C9 7F FF")]
    [InlineData(-32768L, "C9 80 00")]
    [InlineData(-32769L, "CA FF FF 7F FF")]
    [InlineData(32768L, "CA 00 00 80 00")]
    [InlineData(2147483647L, "CA 7F FF FF FF")]
    [InlineData(-2147483648L, "CA 80 00 00 00")]
    [InlineData(2147483648L, "CB 00 00 00 00 80 00 00 00")]
    [InlineData(-2147483649L, "CB FF FF FF FF 7F FF FF FF")]
    [InlineData(long.MinValue, "CB 80 00 00 00 00 00 00 00")]
    [InlineData(long.MaxValue, "CB 7F FF FF FF FF FF FF FF")]
    public void Integers_take_the_smallest_representation(long value, string expected) =>
        Assert.Equal(Hex.Parse(expected), Hex.PackValue(value));

    [Theory]
    [InlineData("2A")]
    [InlineData("C8 2A")]
    [InlineData("C9 00 2A")]
    [InlineData("CA 00 00 00 2A")]
    [InlineData("CB 00 00 00 00 00 00 00 2A")]
    public void Every_integer_representation_of_42_reads_as_42(string encoded) =>
        Assert.Equal(42L, Hex.Unpack(Hex.Parse(encoded)));

    [Fact]
    public void Smaller_clr_integer_types_use_the_same_encoding()
    {
        Assert.Equal(Hex.Parse("C9 00 80"), Hex.PackValue((short)128));
        Assert.Equal(Hex.Parse("CA 00 00 80 00"), Hex.PackValue(32768));
        Assert.Equal(Hex.Parse("C8 80"), Hex.PackValue((sbyte)-128));
    }

    [Fact]
    public void Float_is_C1_and_a_big_endian_double()
    {
        Assert.Equal(Hex.Parse("C1 3F F3 AE 14 7A E1 47 AE"), Hex.PackValue(1.23));
        Assert.Equal(1.23, Hex.Unpack(Hex.Parse("C1 3F F3 AE 14 7A E1 47 AE")));
    }

    [Fact]
    public void Bytes_always_carry_an_explicit_size()
    {
        Assert.Equal(Hex.Parse("CC 00"), Hex.PackValue(Array.Empty<byte>()));
        Assert.Equal(Hex.Parse("CC 03 01 02 03"), Hex.PackValue(new byte[] { 1, 2, 3 }));
        var large = new byte[256];
        Assert.Equal(Hex.Parse("CD 01 00"), Hex.PackValue(large)[..3]);
        Assert.Equal(new byte[] { 1, 2, 3 }, Hex.Unpack(Hex.Parse("CC 03 01 02 03")));
    }

    [Theory]
    [InlineData("", "80")]
    [InlineData("A", "81 41")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "D0 1A 41 42 43 44 45 46 47 48 49 4A 4B 4C 4D 4E 4F 50 51 52 53 54 55 56 57 58 59 5A")]
    [InlineData("Größenmaßstäbe", "D0 12 47 72 C3 B6 C3 9F 65 6E 6D 61 C3 9F 73 74 C3 A4 62 65")]
    public void Strings_are_sized_by_their_utf8_bytes(string value, string expected)
    {
        Assert.Equal(Hex.Parse(expected), Hex.PackValue(value));
        Assert.Equal(value, Hex.Unpack(Hex.Parse(expected)));
    }

    [Fact]
    public void Strings_of_16_and_32_bit_sizes()
    {
        var text = new string('x', 65536);
        var packed = Hex.PackValue(text);
        Assert.Equal(Hex.Parse("D2 00 01 00 00"), packed[..5]);
        Assert.Equal(Hex.Parse("D1 01 00"), Hex.PackValue(new string('y', 256))[..3]);
        Assert.Equal(text, Hex.Unpack(packed));
    }

    [Fact]
    public void Lists_from_the_specification()
    {
        Assert.Equal(Hex.Parse("90"), Hex.PackValue(Array.Empty<object>()));
        Assert.Equal(Hex.Parse("93 01 02 03"), Hex.PackValue(new long[] { 1, 2, 3 }));
        Assert.Equal(Hex.Parse("93 01 C1 40 00 00 00 00 00 00 00 85 74 68 72 65 65"), Hex.PackValue(new object[] { 1, 2.0, "three" }));
        Assert.Equal(
            Hex.Parse("""
                D4 28
                01 02 03 04 05 06 07 08 09 0A
                0B 0C 0D 0E 0F 10 11 12 13 14
                15 16 17 18 19 1A 1B 1C 1D 1E
                1F 20 21 22 23 24 25 26 27 28
                """),
            Hex.PackValue(Enumerable.Range(1, 40).ToList()));
    }

    [Fact]
    public void Dictionaries_from_the_specification()
    {
        Assert.Equal(Hex.Parse("A0"), Hex.PackValue(new Dictionary<string, object?>()));
        Assert.Equal(Hex.Parse("A1 83 6F 6E 65 84 65 69 6E 73"), Hex.PackValue(new Dictionary<string, object?> { ["one"] = "eins" }));
        var alphabet = new Dictionary<string, object?>();
        for (var c = 'A'; c <= 'Z'; c++) alphabet[c.ToString()] = (long)(c - 'A' + 1);
        Assert.Equal(
            Hex.Parse("""
                D8 1A
                81 41 01 81 42 02 81 43 03 81 44 04
                81 45 05 81 46 06 81 47 07 81 48 08
                81 49 09 81 4A 0A 81 4B 0B 81 4C 0C
                81 4D 0D 81 4E 0E 81 4F 0F 81 50 10
                81 51 11 81 52 12 81 53 13 81 54 14
                81 55 15 81 56 16 81 57 17 81 58 18
                81 59 19 81 5A 1A
                """),
            Hex.PackValue(alphabet));
    }

    [Fact]
    public void A_repeated_key_keeps_the_last_value()
    {
        // [("key_1", 1), ("key_2", 2), ("key_1", 3)] -> {"key_1": 3, "key_2": 2}
        var map = Assert.IsType<Dictionary<string, object?>>(Hex.Unpack(Hex.Parse("A3 85 6B 65 79 5F 31 01 85 6B 65 79 5F 32 02 85 6B 65 79 5F 31 03")));
        Assert.Equal(2, map.Count);
        Assert.Equal(3L, map["key_1"]);
        Assert.Equal(2L, map["key_2"]);
    }

    [Fact]
    public void Anonymous_objects_become_dictionaries_of_their_properties() =>
        Assert.Equal(Hex.Parse("A1 83 6F 6E 65 84 65 69 6E 73"), Hex.PackValue(new { one = "eins" }));

    [Fact]
    public void Decimal_is_refused_rather_than_rounded() =>
        Assert.Throws<ClientException>(() => Hex.PackValue(12.34m));

    [Fact]
    public void Reserved_markers_are_errors() =>
        Assert.Throws<ProtocolException>(() => Hex.Unpack(Hex.Parse("C4")));
}
