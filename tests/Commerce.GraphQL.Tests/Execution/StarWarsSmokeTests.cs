using System.Text.Json.Nodes;
using Commerce.GraphQL.Execution;
using Commerce.GraphQL.Tests.Execution.StarWars;

namespace Commerce.GraphQL.Tests.Execution;

public sealed class StarWarsSmokeTests
{
    private readonly RequestExecutor _executor = new(StarWarsSchema.Create());

    [Fact]
    public async Task Hero_name_and_async_friends()
    {
        var result = (OperationResult)await _executor.ExecuteAsync(new GraphQLRequest
        {
            Query = "{ hero { name friends { name ... on Human { homePlanet } } } }",
        });

        var expected = JsonNode.Parse("""
            {"data":{"hero":{"name":"R2-D2","friends":[
              {"name":"Luke Skywalker","homePlanet":"Tatooine"},{"name":"Han Solo","homePlanet":null},{"name":"Leia Organa","homePlanet":"Alderaan"}]}}}
            """);
        Assert.True(JsonNode.DeepEquals(expected, ResultJson.ToJson(result)), ResultJson.ToJson(result).ToJsonString());
    }
}
