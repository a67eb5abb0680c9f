using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Commerce.Bench.Workload;
using Commerce.GraphQL.AspNetCore.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.GraphQL.AspNetCore.Tests.Integration;

/// <summary>
/// The shared benchmark workload (../shared/bench) served by our HTTP pipeline and engine answers each query with
/// exactly the bytes graphql-js produced (../shared/bench/expected): the benchmark compares like with like, and
/// any drift in key order, number formatting or string escaping shows here.
/// </summary>
public sealed class BenchmarkWorkloadTests
{
    private static readonly string SharedBench = Path.GetFullPath(Path.Combine(NodeRunner.RepoRoot, "..", "shared", "bench"));

    [Theory]
    [InlineData("small")]
    [InlineData("medium")]
    [InlineData("large")]
    [InlineData("introspection")]
    public async Task Each_workload_query_is_answered_byte_for_byte_as_graphql_js_answers_it(string name)
    {
        Assert.True(Directory.Exists(SharedBench), $"{SharedBench} is missing: the shared folder must sit beside the repository.");
        var query = await File.ReadAllTextAsync(Path.Combine(SharedBench, "queries", name + ".graphql"));
        var expected = await File.ReadAllBytesAsync(Path.Combine(SharedBench, "expected", name + ".json"));
        await using var server = await TestServer.StartAsync(services =>
        {
            services.AddSingleton<WorkloadData>().AddSingleton<Query>();
            services.AddGraphQLServer().ConfigureSchema(schema => WorkloadSchema.Configure(schema));
        });
        using var client = server.CreateClient();

        using var content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await client.SendAsync(request);
        var actual = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(200, (int)response.StatusCode);
        var at = actual.AsSpan().CommonPrefixLength(expected);
        Assert.True(
            at == expected.Length && actual.Length == expected.Length,
            $"{name}: first difference at byte {at} of {expected.Length}: expected …{Around(expected, at)}…, got …{Around(actual, at)}…");
    }

    private static string Around(byte[] bytes, int at) =>
        Encoding.UTF8.GetString(bytes, Math.Max(0, at - 40), Math.Min(bytes.Length, at + 40) - Math.Max(0, at - 40));
}
