using System.Runtime.CompilerServices;

namespace Commerce.GraphQL.AspNetCore.Tests.Integration;

/// <summary>A small schema for the transports on the real engine: a query, a mutation and a subscription.</summary>
public sealed class TestQuery
{
    public string Hello(string? name) => "Hello, " + (name ?? "world");

    public int Add(int a, int b) => a + b;
}

public sealed class TestMutation
{
    public string Echo(string text) => text;
}

public sealed class TestSubscription
{
    public async IAsyncEnumerable<int> Ticks(int n, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var i = 1; i <= n; i++)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return i;
        }
    }
}
