using System.Text;
using Commerce.Drivers.Redis.Protocol;

namespace Commerce.Drivers.Redis.Tests.Protocol;

/// <summary>Encoding checked against byte strings written out by hand from the specifications.</summary>
public class RespEncoderTests
{
    private static string Command(params RedisValue[] args)
    {
        using var buffer = new PooledBufferWriter(16);
        RespEncoder.WriteCommand(buffer, args);
        return Encoding.Latin1.GetString(buffer.WrittenSpan);
    }

    private static string Reply(RedisResult reply, RedisProtocol protocol = RedisProtocol.Resp3)
    {
        using var buffer = new PooledBufferWriter(16);
        RespEncoder.WriteReply(buffer, reply, protocol);
        return Encoding.Latin1.GetString(buffer.WrittenSpan);
    }

    private static byte[] B(string s) => Encoding.Latin1.GetBytes(s);

    [Fact]
    public void Commands_are_arrays_of_bulk_strings()
    {
        Assert.Equal("*2\r\n$4\r\nLLEN\r\n$6\r\nmylist\r\n", Command("LLEN", "mylist"));
        Assert.Equal("*3\r\n$3\r\nSET\r\n$3\r\nkey\r\n$5\r\nvalue\r\n", Command("SET", "key", "value"));
    }

    [Fact]
    public void Numbers_strings_and_bytes_become_bulk_strings()
    {
        Assert.Equal("*4\r\n$6\r\nINCRBY\r\n$2\r\n-7\r\n$3\r\n1.5\r\n$4\r\n+inf\r\n", Command("INCRBY", -7, 1.5, double.PositiveInfinity));
        Assert.Equal("*2\r\n$4\r\nECHO\r\n$2\r\n\xc3\xa9\r\n", Command("ECHO", "\u00e9"));
        Assert.Equal("*2\r\n$4\r\nECHO\r\n$5\r\n\0\r\n\xff\xfe\r\n", Command("ECHO", new byte[] { 0, 13, 10, 0xFF, 0xFE }));
        Assert.Equal("*2\r\n$4\r\nECHO\r\n$0\r\n\r\n", Command("ECHO", ""));
    }

    [Fact]
    public void Large_commands_grow_the_pooled_buffer()
    {
        var big = new byte[100_000];
        Random.Shared.NextBytes(big);
        var wire = B(Command("SET", "k", big));
        var header = B("*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$100000\r\n");
        Assert.Equal(header, wire[..header.Length]);
        Assert.Equal(big, wire[header.Length..^2]);
        Assert.Equal(B("\r\n"), wire[^2..]);
    }

    [Fact]
    public void Every_resp3_type_encodes_as_the_spec_shows()
    {
        Assert.Equal("+OK\r\n", Reply(RedisResult.SimpleString(B("OK"))));
        Assert.Equal("-ERR unknown command 'foobar'\r\n", Reply(RedisResult.Error(B("ERR unknown command 'foobar'"))));
        Assert.Equal("!21\r\nSYNTAX invalid syntax\r\n", Reply(RedisResult.Error(B("SYNTAX invalid syntax"), bulk: true)));
        Assert.Equal(":1000\r\n", Reply(RedisResult.FromInteger(1000)));
        Assert.Equal("$5\r\nhello\r\n", Reply(RedisResult.BulkString(B("hello"))));
        Assert.Equal("_\r\n", Reply(RedisResult.Null));
        Assert.Equal("#t\r\n", Reply(RedisResult.FromBoolean(true)));
        Assert.Equal("#f\r\n", Reply(RedisResult.FromBoolean(false)));
        Assert.Equal(",1.23\r\n", Reply(RedisResult.FromDouble(1.23)));
        Assert.Equal(",inf\r\n", Reply(RedisResult.FromDouble(double.PositiveInfinity)));
        Assert.Equal(",-inf\r\n", Reply(RedisResult.FromDouble(double.NegativeInfinity)));
        Assert.Equal(",nan\r\n", Reply(RedisResult.FromDouble(double.NaN)));
        Assert.Equal("(3492890328409238509324850943850943825024385\r\n", Reply(RedisResult.BigNumber(B("3492890328409238509324850943850943825024385"))));
        Assert.Equal("=15\r\ntxt:Some string\r\n", Reply(RedisResult.Verbatim("txt", B("Some string"))));
        Assert.Equal("%2\r\n+first\r\n:1\r\n+second\r\n:2\r\n", Reply(RedisResult.Aggregate(ResultType.Map,
            [RedisResult.SimpleString(B("first")), RedisResult.FromInteger(1), RedisResult.SimpleString(B("second")), RedisResult.FromInteger(2)])));
        Assert.Equal("~2\r\n+orange\r\n#t\r\n", Reply(RedisResult.Aggregate(ResultType.Set, [RedisResult.SimpleString(B("orange")), RedisResult.FromBoolean(true)])));
        Assert.Equal(">2\r\n+pubsub\r\n+message\r\n", Reply(RedisResult.Aggregate(ResultType.Push, [RedisResult.SimpleString(B("pubsub")), RedisResult.SimpleString(B("message"))])));
        Assert.Equal("*2\r\n:1\r\n$-1\r\n", Reply(RedisResult.Aggregate(ResultType.Array, [RedisResult.FromInteger(1), RedisResult.Null]), RedisProtocol.Resp2));
    }

    [Fact]
    public void Attribute_is_written_before_its_reply()
    {
        var reply = RedisResult.Aggregate(ResultType.Array, [RedisResult.FromInteger(2039123), RedisResult.FromInteger(9543892)]);
        reply.Attributes =
        [
            RedisResult.SimpleString(B("key-popularity")),
            RedisResult.Aggregate(ResultType.Map, [RedisResult.BulkString(B("a")), RedisResult.FromDouble(0.1923), RedisResult.BulkString(B("b")), RedisResult.FromDouble(0.0012)]),
        ];
        Assert.Equal(
            "|1\r\n+key-popularity\r\n%2\r\n$1\r\na\r\n,0.1923\r\n$1\r\nb\r\n,0.0012\r\n*2\r\n:2039123\r\n:9543892\r\n",
            Reply(reply));
    }

    [Fact]
    public void Resp2_has_no_null_boolean_double_or_map_type_of_its_own()
    {
        Assert.Equal("$-1\r\n", Reply(RedisResult.Null, RedisProtocol.Resp2));
        Assert.Equal(":1\r\n", Reply(RedisResult.FromBoolean(true), RedisProtocol.Resp2));
        Assert.Equal("$3\r\n2.5\r\n", Reply(RedisResult.FromDouble(2.5), RedisProtocol.Resp2));
        Assert.Equal("*2\r\n+a\r\n:1\r\n", Reply(RedisResult.Aggregate(ResultType.Map, [RedisResult.SimpleString(B("a")), RedisResult.FromInteger(1)]), RedisProtocol.Resp2));
    }
}
