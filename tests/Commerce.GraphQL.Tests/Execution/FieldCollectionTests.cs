using Commerce.GraphQL.Execution;
using Commerce.GraphQL.Tests.Execution.StarWars;

namespace Commerce.GraphQL.Tests.Execution;

/// <summary>CollectFields results are cached per @skip/@include variable values: each combination must still get its own fields.</summary>
public sealed class FieldCollectionTests
{
    private const string Query = """
        query ($withFriends: Boolean!, $skipId: Boolean = false) {
          hero {
            id @skip(if: $skipId)
            ... on Droid @include(if: $withFriends) { friends { name } }
            name
            ...Names @include(if: $withFriends)
          }
        }
        fragment Names on Character { name id }
        """;

    [Fact]
    public async Task Plans_follow_the_condition_variables_of_each_request()
    {
        var executor = new RequestExecutor(StarWarsSchema.Create());
        var withFriends = new Dictionary<string, object?> { ["withFriends"] = true };
        var without = new Dictionary<string, object?> { ["withFriends"] = false, ["skipId"] = true };

        var first = await executor.RunAsync(Query, withFriends);
        var second = await executor.RunAsync(Query, without);
        var third = await executor.RunAsync(Query, withFriends);

        const string full = """{"data":{"hero":{"id":"2001","friends":[{"name":"Luke Skywalker"},{"name":"Han Solo"},{"name":"Leia Organa"}],"name":"R2-D2"}}}""";
        Assert.Equal(full, first.Json());
        Assert.Equal("""{"data":{"hero":{"name":"R2-D2"}}}""", second.Json());
        Assert.Equal(full, third.Json());
    }
}
