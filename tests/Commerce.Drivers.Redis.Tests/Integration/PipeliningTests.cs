using System.Diagnostics;
using Commerce.Drivers.Redis.Tests.Support;
using Xunit.Abstractions;

namespace Commerce.Drivers.Redis.Tests.Integration;

public class PipeliningTests(ITestOutputHelper output)
{
    private const int Burst = 1000;

    [Theory]
    [InlineData(RedisProtocol.Resp3)]
    [InlineData(RedisProtocol.Resp2)]
    public async Task A_burst_of_1000_commands_takes_a_handful_of_round_trips_and_replies_in_order(RedisProtocol protocol)
    {
        await using var redis = await RedisScope.StartAsync(protocol);
        var db = redis.Db;

        // INCR on one key: the n-th command issued must see the value n, which only holds if the
        // commands were written in issue order and every reply went back to its own command.
        var before = redis.Multiplexer.RoundTripCount;
        var increments = Enumerable.Range(0, Burst).Select(_ => db.StringIncrementAsync("counter")).ToArray();
        var results = await Task.WhenAll(increments);
        var incrTrips = redis.Multiplexer.RoundTripCount - before;
        Assert.Equal(Enumerable.Range(1, Burst).Select(i => (long)i), results);
        Assert.InRange(incrTrips, 1, 5);

        before = redis.Multiplexer.RoundTripCount;
        await Task.WhenAll(Enumerable.Range(0, Burst).Select(i => db.StringSetAsync($"k{i}", $"value-{i}")));
        var setTrips = redis.Multiplexer.RoundTripCount - before;
        Assert.InRange(setTrips, 1, 5);

        before = redis.Multiplexer.RoundTripCount;
        var values = await Task.WhenAll(Enumerable.Range(0, Burst).Select(i => db.StringGetAsync($"k{i}")));
        var getTrips = redis.Multiplexer.RoundTripCount - before;
        Assert.Equal(Enumerable.Range(0, Burst).Select(i => $"value-{i}"), values.Select(v => v.ToString()));
        Assert.InRange(getTrips, 1, 5);

        // Sequential awaits cost one round trip each: the counter really counts writes.
        before = redis.Multiplexer.RoundTripCount;
        for (var i = 0; i < 10; i++)
        {
            await db.StringGetAsync($"k{i}");
        }

        Assert.Equal(10, redis.Multiplexer.RoundTripCount - before);
        output.WriteLine($"{protocol}: {Burst} INCR in {incrTrips} round trips, {Burst} SET in {setTrips}, {Burst} GET in {getTrips}");
    }

    [Fact]
    public async Task Concurrent_callers_on_many_threads_each_get_their_own_replies()
    {
        await using var redis = await RedisScope.StartAsync();
        var db = redis.Db;
        var workers = Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < 200; i++)
            {
                var key = $"w{w}:{i}";
                var write = db.StringSetAsync(key, $"{w}/{i}");
                var read = db.StringGetAsync(key);
                await write;
                Assert.Equal($"{w}/{i}", (await read).ToString());
            }
        }));
        await Task.WhenAll(workers);
        Assert.Equal(1600, (await db.KeyDeleteAsync(Enumerable.Range(0, 8).SelectMany(w => Enumerable.Range(0, 200).Select(i => (RedisKey)$"w{w}:{i}")).ToArray())));
    }

    [Fact]
    public async Task Each_flush_is_one_traced_round_trip()
    {
        var recorded = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == "Commerce.Drivers.Redis",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a =>
            {
                lock (recorded)
                {
                    recorded.Add(a);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        using var testSource = new ActivitySource("Commerce.Drivers.Redis.Tests");
        using var testListener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == testSource.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(testListener);

        await using var redis = await RedisScope.StartAsync();
        ActivityTraceId trace;
        long trips;
        using (var parent = testSource.StartActivity("request")!)
        {
            trace = parent.TraceId;
            await redis.Db.StringSetAsync("one", "1");
            var before = redis.Multiplexer.RoundTripCount;
            await Task.WhenAll(Enumerable.Range(0, 100).Select(i => redis.Db.StringGetAsync("one")));
            trips = redis.Multiplexer.RoundTripCount - before;
        }

        List<Activity> ours;
        lock (recorded)
        {
            ours = recorded.Where(a => a.TraceId == trace).ToList();
        }

        Assert.All(ours, a => Assert.Equal("redis", a.GetTagItem("db.system")));
        var set = Assert.Single(ours, a => (string?)a.GetTagItem("db.operation") == "SET");
        Assert.Null(set.GetTagItem("db.redis.command_count"));
        var gets = ours.Where(a => a != set).ToList();
        Assert.Equal(trips, gets.Count);
        Assert.Equal(100, gets.Sum(a => a.GetTagItem("db.redis.command_count") as int? ?? 1));
        Assert.Contains(gets, a => (string?)a.GetTagItem("db.operation") == "pipeline");
    }
}
