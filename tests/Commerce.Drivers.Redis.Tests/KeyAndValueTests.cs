using System.Text;

namespace Commerce.Drivers.Redis.Tests;

public class KeyAndValueTests
{
    [Fact]
    public void Key_builder_joins_prefix_and_parts_with_colons()
    {
        var keys = new RedisKeyBuilder("commerce");
        Assert.Equal("commerce:cart:42", (string?)keys.Key("cart", "42"));
        Assert.Equal("commerce:session:abc:lines", (string?)keys.Scope("session").Key("abc", "lines"));
    }

    [Theory]
    [InlineData("a:b")]
    [InlineData("")]
    public void Key_builder_refuses_parts_that_would_change_the_key_shape(string part) =>
        Assert.Throws<ArgumentException>(() => new RedisKeyBuilder("commerce").Key("cart", part));

    [Fact]
    public void Key_prefix_option_gets_its_separator()
    {
        Assert.Equal("commerce:"u8.ToArray(), RedisKeyBuilder.PrefixBytes("commerce"));
        Assert.Equal("commerce:"u8.ToArray(), RedisKeyBuilder.PrefixBytes("commerce:"));
        Assert.Null(RedisKeyBuilder.PrefixBytes(""));
        RedisKey key = "cart:1";
        Assert.Equal("commerce:cart:1"u8.ToArray(), key.ToWire(RedisKeyBuilder.PrefixBytes("commerce")).ToBytes());
    }

    [Fact]
    public void Values_convert_both_ways()
    {
        Assert.True(RedisValue.Null.IsNull);
        Assert.Equal("42", ((RedisValue)42L).ToString());
        Assert.Equal(42L, (long)(RedisValue)"42");
        Assert.Equal(2.5, (double)(RedisValue)"2.5");
        Assert.Equal(new byte[] { 0xFF, 0 }, (byte[]?)(RedisValue)new byte[] { 0xFF, 0 });
        Assert.Equal("\u00e9"u8.ToArray(), ((RedisValue)"\u00e9").ToBytes());
        Assert.Equal((RedisValue)"abc", (RedisValue)Encoding.UTF8.GetBytes("abc"));
        Assert.NotEqual((RedisValue)"abc", RedisValue.Null);
        Assert.Throws<InvalidCastException>(() => (long)(RedisValue)"x1");
    }

    [Fact]
    public void Configuration_string_is_parsed()
    {
        var o = ConfigurationOptions.Parse("127.0.0.1:16379,password=s3cret,user=app,defaultDatabase=2,connectTimeout=1500,syncTimeout=250,keyPrefix=commerce,protocol=resp2,blockingPoolSize=3,name=gw");
        Assert.Equal(("127.0.0.1", 16379), (o.Host, o.Port));
        Assert.Equal(("app", "s3cret"), (o.User, o.Password));
        Assert.Equal(2, o.DefaultDatabase);
        Assert.Equal(TimeSpan.FromMilliseconds(1500), o.ConnectTimeout);
        Assert.Equal(TimeSpan.FromMilliseconds(250), o.SyncTimeout);
        Assert.Equal("commerce", o.KeyPrefix);
        Assert.Equal(RedisProtocol.Resp2, o.Protocol);
        Assert.Equal(3, o.BlockingPoolSize);
        Assert.Equal("gw", o.ClientName);
        Assert.Throws<ArgumentException>(() => ConfigurationOptions.Parse("127.0.0.1:1,bogus=1"));
        Assert.Throws<ArgumentException>(() => ConfigurationOptions.Parse("password=x"));
    }
}

public class BackoffTests
{
    [Fact]
    public void Reconnect_delay_doubles_up_to_the_cap()
    {
        var max = TimeSpan.FromSeconds(5);
        var delays = new List<TimeSpan>();
        var delay = TimeSpan.FromMilliseconds(50);
        for (var i = 0; i < 9; i++)
        {
            delay = Connection.ManagedConnection.NextDelay(delay, max);
            delays.Add(delay);
        }

        Assert.Equal(new[] { 100, 200, 400, 800, 1600, 3200, 5000, 5000, 5000 }, delays.Select(d => (int)d.TotalMilliseconds));
    }
}
