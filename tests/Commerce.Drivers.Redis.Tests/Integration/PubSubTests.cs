using System.Threading.Channels;
using Commerce.Drivers.Redis.Tests.Support;

namespace Commerce.Drivers.Redis.Tests.Integration;

public class PubSubTests
{
    [Theory]
    [InlineData(RedisProtocol.Resp3)]
    [InlineData(RedisProtocol.Resp2)]
    public async Task Messages_are_delivered_in_order_and_unsubscribe_stops_them(RedisProtocol protocol)
    {
        await using var redis = await RedisScope.StartAsync(protocol);
        var channel = redis.Prefix + "events";
        var received = Channel.CreateUnbounded<(string Channel, byte[] Payload)>();
        var subscriber = redis.Multiplexer.GetSubscriber();
        await subscriber.SubscribeAsync(channel, (c, v) => received.Writer.TryWrite((c.Name, (byte[])v!)));

        var binary = new byte[] { 0, 13, 10, 0xFF };
        Assert.Equal(1, await subscriber.PublishAsync(channel, "first"));
        Assert.Equal(1, await subscriber.PublishAsync(channel, binary));
        Assert.Equal(1, await subscriber.PublishAsync(channel, "third"));

        var got = new List<(string Channel, byte[] Payload)>();
        for (var i = 0; i < 3; i++)
        {
            got.Add(await received.Reader.ReadAsync());
        }

        Assert.All(got, m => Assert.Equal(channel, m.Channel));
        Assert.Equal("first"u8.ToArray(), got[0].Payload);
        Assert.Equal(binary, got[1].Payload);
        Assert.Equal("third"u8.ToArray(), got[2].Payload);

        // The main connection keeps serving commands while the subscriber connection is subscribed.
        Assert.True(await redis.Db.StringSetAsync("still", "works"));

        await subscriber.UnsubscribeAsync(channel);
        Assert.Equal(0, await subscriber.PublishAsync(channel, "nobody"));
    }

    [Fact]
    public async Task Two_handlers_on_one_channel_both_hear_it()
    {
        await using var redis = await RedisScope.StartAsync();
        var channel = redis.Prefix + "fanout";
        var a = new TaskCompletionSource<string>();
        var b = new TaskCompletionSource<string>();
        var subscriber = redis.Multiplexer.GetSubscriber();
        await subscriber.SubscribeAsync(channel, (_, v) => a.TrySetResult(v.ToString()));
        await subscriber.SubscribeAsync(channel, (_, v) => b.TrySetResult(v.ToString()));
        Assert.Equal(1, await subscriber.PublishAsync(channel, "hi")); // one subscribed connection
        Assert.Equal("hi", await a.Task);
        Assert.Equal("hi", await b.Task);
        await subscriber.UnsubscribeAsync(channel);
    }
}

public class PatternSubscriptionTests
{
    [Theory]
    [InlineData(RedisProtocol.Resp3)]
    [InlineData(RedisProtocol.Resp2)]
    public async Task A_pattern_hears_every_matching_channel_and_names_it(RedisProtocol protocol)
    {
        await using var redis = await RedisScope.StartAsync(protocol);
        var received = Channel.CreateUnbounded<(string Channel, string Payload)>();
        var subscriber = redis.Multiplexer.GetSubscriber();
        await subscriber.SubscribeAsync(RedisChannel.Pattern(redis.Prefix + "orders:*"), (c, v) => received.Writer.TryWrite((c.Name, v.ToString())));
        Assert.Equal(1, await subscriber.PublishAsync(redis.Prefix + "orders:1", "created"));
        Assert.Equal(0, await subscriber.PublishAsync(redis.Prefix + "carts:1", "ignored"));
        Assert.Equal(1, await subscriber.PublishAsync(redis.Prefix + "orders:2", "paid"));
        Assert.Equal((redis.Prefix + "orders:1", "created"), await received.Reader.ReadAsync());
        Assert.Equal((redis.Prefix + "orders:2", "paid"), await received.Reader.ReadAsync());
        await subscriber.UnsubscribeAsync(RedisChannel.Pattern(redis.Prefix + "orders:*"));
        Assert.Equal(0, await subscriber.PublishAsync(redis.Prefix + "orders:3", "nobody"));
        await Assert.ThrowsAsync<ArgumentException>(() => subscriber.PublishAsync(RedisChannel.Pattern("x*"), "no"));
    }
}
