using System.Text;
using Commerce.Drivers.Redis.Protocol;

namespace Commerce.Drivers.Redis.Tests.Protocol;

/// <summary>Every reply type, decoded from the byte examples given in the RESP2 and RESP3 specifications.</summary>
public class RespParserTests
{
    private static RedisResult Parse(string wire)
    {
        var bytes = Encoding.Latin1.GetBytes(wire);
        Assert.True(RespParser.TryParse(bytes, out var result, out var consumed), "frame should be complete");
        Assert.Equal(bytes.Length, consumed);
        return result!;
    }

    private static string Text(RedisResult r) => Encoding.Latin1.GetString(r.Bytes!);

    [Fact]
    public void Simple_string()
    {
        var r = Parse("+OK\r\n");
        Assert.Equal(ResultType.SimpleString, r.Type);
        Assert.Equal("OK", Text(r));
    }

    [Fact]
    public void Simple_errors_keep_their_prefix()
    {
        var r = Parse("-WRONGTYPE Operation against a key holding the wrong kind of value\r\n");
        Assert.Equal(ResultType.Error, r.Type);
        Assert.False(r.IsBulkError);
        Assert.Equal("WRONGTYPE", RedisServerException.From(r).Prefix);
        Assert.Equal("ERR", RedisServerException.From(Parse("-ERR unknown command 'foobar'\r\n")).Prefix);
    }

    [Theory]
    [InlineData(":0\r\n", 0L)]
    [InlineData(":1000\r\n", 1000L)]
    [InlineData(":-1\r\n", -1L)]
    [InlineData(":+5\r\n", 5L)]
    [InlineData(":9223372036854775807\r\n", long.MaxValue)]
    public void Integers(string wire, long expected)
    {
        var r = Parse(wire);
        Assert.Equal(ResultType.Integer, r.Type);
        Assert.Equal(expected, r.Integer);
    }

    [Fact]
    public void Bulk_strings_are_binary_safe()
    {
        Assert.Equal("hello", Text(Parse("$5\r\nhello\r\n")));
        Assert.Equal(string.Empty, Text(Parse("$0\r\n\r\n")));
        var tricky = Parse("$6\r\na\r\n\0\xff\n\r\n");
        Assert.Equal(ResultType.BulkString, tricky.Type);
        Assert.Equal(new byte[] { (byte)'a', 13, 10, 0, 0xFF, 10 }, tricky.Bytes);
    }

    [Theory]
    [InlineData("$-1\r\n")]
    [InlineData("*-1\r\n")]
    [InlineData("_\r\n")]
    public void Nulls_of_resp2_and_resp3(string wire) => Assert.True(Parse(wire).IsNull);

    [Fact]
    public void Arrays_empty_flat_mixed_nested_and_with_nulls()
    {
        Assert.Empty(Parse("*0\r\n").Items);

        var strings = Parse("*2\r\n$5\r\nhello\r\n$5\r\nworld\r\n");
        Assert.Equal(ResultType.Array, strings.Type);
        Assert.Equal(["hello", "world"], strings.Items.Select(Text));

        var mixed = Parse("*5\r\n:1\r\n:2\r\n:3\r\n:4\r\n$5\r\nhello\r\n");
        Assert.Equal([1L, 2, 3, 4], mixed.Items.Take(4).Select(i => i.Integer));
        Assert.Equal("hello", Text(mixed.Items[4]));

        var nested = Parse("*2\r\n*3\r\n:1\r\n:2\r\n:3\r\n*2\r\n+Hello\r\n-World\r\n");
        Assert.Equal([1L, 2, 3], nested.Items[0].Items.Select(i => i.Integer));
        Assert.Equal(ResultType.SimpleString, nested.Items[1].Items[0].Type);
        Assert.Equal(ResultType.Error, nested.Items[1].Items[1].Type);
        Assert.Equal("World", Text(nested.Items[1].Items[1]));

        var withNull = Parse("*3\r\n$5\r\nhello\r\n$-1\r\n$5\r\nworld\r\n");
        Assert.True(withNull.Items[1].IsNull);
        Assert.Equal("world", Text(withNull.Items[2]));
    }

    [Theory]
    [InlineData("#t\r\n", true)]
    [InlineData("#f\r\n", false)]
    public void Booleans(string wire, bool expected)
    {
        var r = Parse(wire);
        Assert.Equal(ResultType.Boolean, r.Type);
        Assert.Equal(expected, r.Boolean);
    }

    [Theory]
    [InlineData(",1.23\r\n", 1.23)]
    [InlineData(",10\r\n", 10.0)]
    [InlineData(",-4.5e3\r\n", -4500.0)]
    [InlineData(",inf\r\n", double.PositiveInfinity)]
    [InlineData(",-inf\r\n", double.NegativeInfinity)]
    public void Doubles(string wire, double expected)
    {
        var r = Parse(wire);
        Assert.Equal(ResultType.Double, r.Type);
        Assert.Equal(expected, r.Double);
    }

    [Fact]
    public void Double_nan() => Assert.True(double.IsNaN(Parse(",nan\r\n").Double));

    [Fact]
    public void Big_number()
    {
        var r = Parse("(3492890328409238509324850943850943825024385\r\n");
        Assert.Equal(ResultType.BigNumber, r.Type);
        Assert.Equal(System.Numerics.BigInteger.Parse("3492890328409238509324850943850943825024385"), r.ToBigInteger());
        Assert.Equal(-System.Numerics.BigInteger.Parse("12345678901234567890"), Parse("(-12345678901234567890\r\n").ToBigInteger());
    }

    [Fact]
    public void Bulk_error()
    {
        var r = Parse("!21\r\nSYNTAX invalid syntax\r\n");
        Assert.Equal(ResultType.Error, r.Type);
        Assert.True(r.IsBulkError);
        Assert.Equal("SYNTAX invalid syntax", Text(r));
        Assert.Equal("SYNTAX", RedisServerException.From(r).Prefix);
    }

    [Fact]
    public void Verbatim_string_splits_off_its_format()
    {
        var r = Parse("=15\r\ntxt:Some string\r\n");
        Assert.Equal(ResultType.VerbatimString, r.Type);
        Assert.Equal("txt", r.VerbatimFormat);
        Assert.Equal("Some string", Text(r));
    }

    [Fact]
    public void Map_keeps_pairs_in_wire_order()
    {
        var r = Parse("%2\r\n+first\r\n:1\r\n+second\r\n:2\r\n");
        Assert.Equal(ResultType.Map, r.Type);
        var map = r.ToDictionary();
        Assert.Equal(1, map["first"].Integer);
        Assert.Equal(2, map["second"].Integer);
        Assert.Equal(["first", "second"], r.ToPairs().Select(p => Text(p.Key)));
    }

    [Fact]
    public void Set_of_mixed_types()
    {
        var r = Parse("~5\r\n+orange\r\n+apple\r\n#t\r\n:100\r\n:999\r\n");
        Assert.Equal(ResultType.Set, r.Type);
        Assert.Equal(5, r.Items.Count);
        Assert.Equal("apple", Text(r.Items[1]));
        Assert.True(r.Items[2].Boolean);
        Assert.Equal(999, r.Items[4].Integer);
    }

    [Fact]
    public void Attribute_is_attached_to_the_reply_it_precedes()
    {
        var r = Parse("|1\r\n+key-popularity\r\n%2\r\n$1\r\na\r\n,0.1923\r\n$1\r\nb\r\n,0.0012\r\n*2\r\n:2039123\r\n:9543892\r\n");
        Assert.Equal(ResultType.Array, r.Type);
        Assert.Equal([2039123L, 9543892], r.Items.Select(i => i.Integer));
        Assert.NotNull(r.Attributes);
        Assert.Equal("key-popularity", Text(r.Attributes![0]));
        var popularity = r.Attributes[1];
        Assert.Equal(ResultType.Map, popularity.Type);
        Assert.Equal(0.1923, popularity.ToDictionary()["a"].Double);
        Assert.Equal(0.0012, popularity.ToDictionary()["b"].Double);
    }

    [Fact]
    public void Attribute_inside_an_aggregate_describes_one_element()
    {
        var r = Parse("*3\r\n:1\r\n|1\r\n+ttl\r\n:3600\r\n:2\r\n:3\r\n");
        Assert.Equal([1L, 2, 3], r.Items.Select(i => i.Integer));
        Assert.Null(r.Items[0].Attributes);
        Assert.Equal(3600, r.Items[1].Attributes![1].Integer);
    }

    [Fact]
    public void Push()
    {
        var r = Parse(">4\r\n+pubsub\r\n+message\r\n+somechannel\r\n+this is the message\r\n");
        Assert.Equal(ResultType.Push, r.Type);
        Assert.Equal(["pubsub", "message", "somechannel", "this is the message"], r.Items.Select(Text));
    }

    public static TheoryData<string> AllExamples() =>
    [
        "+OK\r\n",
        "-ERR unknown command 'foobar'\r\n",
        ":1000\r\n",
        "$5\r\nhello\r\n",
        "$0\r\n\r\n",
        "$-1\r\n",
        "*-1\r\n",
        "*2\r\n*3\r\n:1\r\n:2\r\n:3\r\n*2\r\n+Hello\r\n-World\r\n",
        "_\r\n",
        "#t\r\n",
        ",1.23\r\n",
        "(3492890328409238509324850943850943825024385\r\n",
        "!21\r\nSYNTAX invalid syntax\r\n",
        "=15\r\ntxt:Some string\r\n",
        "%2\r\n+first\r\n:1\r\n+second\r\n:2\r\n",
        "~5\r\n+orange\r\n+apple\r\n#t\r\n:100\r\n:999\r\n",
        "|1\r\n+key-popularity\r\n%2\r\n$1\r\na\r\n,0.1923\r\n$1\r\nb\r\n,0.0012\r\n*2\r\n:2039123\r\n:9543892\r\n",
        ">4\r\n+pubsub\r\n+message\r\n+somechannel\r\n+this is the message\r\n",
    ];

    [Theory]
    [MemberData(nameof(AllExamples))]
    public void Every_proper_prefix_of_a_frame_asks_for_more_and_consumes_nothing(string wire)
    {
        var bytes = Encoding.Latin1.GetBytes(wire);
        for (var cut = 0; cut < bytes.Length; cut++)
        {
            Assert.False(RespParser.TryParse(bytes.AsSpan(0, cut), out var partial, out var consumed), $"prefix of {cut} bytes");
            Assert.Null(partial);
            Assert.Equal(0, consumed);
        }

        Assert.True(RespParser.TryParse(bytes, out _, out var all));
        Assert.Equal(bytes.Length, all);
    }

    [Fact]
    public void Back_to_back_frames_are_read_one_at_a_time()
    {
        var bytes = Encoding.Latin1.GetBytes(":1\r\n$3\r\nfoo\r\n%1\r\n+k\r\n_\r\n+PAR");
        var span = bytes.AsSpan();
        Assert.True(RespParser.TryParse(span, out var first, out var used));
        Assert.Equal(1, first!.Integer);
        span = span[used..];
        Assert.True(RespParser.TryParse(span, out var second, out used));
        Assert.Equal("foo", Text(second!));
        span = span[used..];
        Assert.True(RespParser.TryParse(span, out var third, out used));
        Assert.True(third!.Items[1].IsNull);
        span = span[used..];
        Assert.False(RespParser.TryParse(span, out _, out _));
        Assert.Equal("+PAR", Encoding.Latin1.GetString(span));
    }

    [Theory]
    [InlineData("?what\r\n")]
    [InlineData(":12a\r\n")]
    [InlineData("$3\r\nfooXY")]
    [InlineData("#x\r\n")]
    [InlineData(",abc\r\n")]
    [InlineData("(12x\r\n")]
    [InlineData("=3\r\ntxt\r\n")]
    [InlineData("+OK\rX")]
    [InlineData("*-2\r\n")]
    public void Malformed_frames_are_protocol_errors(string wire) =>
        Assert.Throws<RedisProtocolException>(() => RespParser.TryParse(Encoding.Latin1.GetBytes(wire), out _, out _));
}
