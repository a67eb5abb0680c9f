using System.Text.Json.Nodes;
using Commerce.GraphQL.Execution;

namespace Commerce.GraphQL.Tests.Execution.CrossCheck;

/// <summary>
/// Null propagation, field errors in objects and list items, leaf serialization, abstract types and argument and
/// variable coercion, compared with graphql-js on the values corpus (same comparison as the Star Wars corpus).
/// </summary>
public sealed class ValuesCrossCheckTests(ValuesCorpus corpus) : IClassFixture<ValuesCorpus>
{
    private static readonly RequestExecutor Executor = new(ValuesSchema.Create(), new ExecutorOptions { RootValue = ValuesSchema.RootValue() });

    public static TheoryData<string> Operations => new(ValuesCorpus.Names);

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Same_result_as_graphql_js(string name)
    {
        var source = ValuesCorpus.Source(name);
        var variables = StarWarsCorpus.Header(source, "variables") is { } json
            ? (IReadOnlyDictionary<string, object?>?)PlainValues.FromJson(JsonNode.Parse(json))
            : null;
        var result = await Executor.ExecuteAsync(new GraphQLRequest { Query = source, Variables = variables });

        var actual = ResultComparison.Normalize(ResultJson.ToJson((OperationResult)result));
        var expected = ResultComparison.Normalize(corpus.Expected(name));
        Assert.Equal(expected.ToJsonString(), actual.ToJsonString());
    }
}
