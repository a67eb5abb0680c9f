using Commerce.Drivers.Redis.Tests.Support;
using Xunit.Abstractions;

namespace Commerce.Drivers.Redis.Tests.Integration;

[CollectionDefinition(nameof(AllocationTests), DisableParallelization = true)]
public class AllocationCollection;

/// <summary>Runs alone: the process-wide allocation counter must see only this test's work.</summary>
[Collection(nameof(AllocationTests))]
public class AllocationTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_pipelined_get_allocates_only_the_command_and_its_reply()
    {
        await using var redis = await RedisScope.StartAsync();
        var db = redis.Db;
        await db.StringSetAsync("v", "0123456789");
        const int n = 2000;
        var tasks = new Task<RedisValue>[n];
        for (var round = 0; round < 3; round++)
        {
            for (var i = 0; i < n; i++)
            {
                tasks[i] = db.StringGetAsync("v");
            }

            await Task.WhenAll(tasks);
        }

        var before = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < n; i++)
        {
            tasks[i] = db.StringGetAsync("v");
        }

        await Task.WhenAll(tasks);
        var perCommand = (GC.GetTotalAllocatedBytes(precise: true) - before) / n;
        output.WriteLine($"{perCommand} bytes allocated per pipelined GET (args, message, task, state machine, reply)");
        Assert.All(tasks, t => Assert.Equal("0123456789", t.Result.ToString()));

        // Command: args array ~72 B, prefixed key ~72 B, message + its task ~200 B, the caller's async state
        // machine ~150 B; reply: result + payload ~120 B (measured: about 710 B). A timer, a linked token
        // source, a closure or a copied write buffer per command would push this past the bound.
        Assert.InRange(perCommand, 1, 1024);
    }
}
