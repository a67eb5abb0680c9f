using System.Text.Json.Nodes;
using Commerce.GraphQL.Execution;
using Commerce.GraphQL.Tests.Execution.StarWars;

namespace Commerce.GraphQL.Tests.Execution.CrossCheck;

/// <summary>
/// Every corpus operation runs through our executor and through graphql-js with the same Star Wars schema: the
/// data must be identical JSON (key order included) and the errors identical in message, locations and path.
/// </summary>
public sealed class StarWarsCrossCheckTests(StarWarsCorpus corpus) : IClassFixture<StarWarsCorpus>
{
    private static readonly RequestExecutor Executor = new(StarWarsSchema.Create());

    public static TheoryData<string> Operations => new(StarWarsCorpus.Names);

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Same_result_as_graphql_js(string name)
    {
        var source = StarWarsCorpus.Source(name);
        var variables = StarWarsCorpus.Header(source, "variables") is { } json
            ? (IReadOnlyDictionary<string, object?>?)PlainValues.FromJson(JsonNode.Parse(json))
            : null;
        var result = await Executor.ExecuteAsync(new GraphQLRequest
        {
            Query = source,
            Variables = variables,
            OperationName = StarWarsCorpus.Header(source, "operationName"),
        });

        var actual = ResultComparison.Normalize(ResultJson.ToJson((OperationResult)result));
        var expected = ResultComparison.Normalize(corpus.Expected(name));
        Assert.Equal(expected.ToJsonString(), actual.ToJsonString());
    }
}
