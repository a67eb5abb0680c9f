using Commerce.Recommendations.Tests.Infrastructure;

namespace Commerce.Recommendations.Tests.Integration;

/// <summary>The fields the module adds, as a client sees them by introspection.</summary>
public sealed class SchemaShapeTests(RecommendationsHost host) : IClassFixture<RecommendationsHost>
{
    private async Task<List<string>> FieldsAsync(string type)
    {
        var response = await host.PostAsync("query($t: String!) { __type(name: $t) { fields { name args { name } } } }", new { t = type });
        return response.Ok().GetProperty("__type").GetProperty("fields").EnumerateArray()
            .Select(f => f.GetProperty("name").GetString() + "(" + string.Join(",", f.GetProperty("args").EnumerateArray().Select(a => a.GetProperty("name").GetString())) + ")")
            .ToList();
    }

    [Fact]
    public async Task Products_users_and_the_query_type_carry_the_recommendation_fields()
    {
        Assert.Contains("frequentlyBoughtTogether(first)", await FieldsAsync("Product"));
        Assert.Contains("similar(first)", await FieldsAsync("Product"));
        Assert.Contains("recommendations(first)", await FieldsAsync("User"));
        var query = await FieldsAsync("Query");
        Assert.Contains("myRecommendations(first)", query);
        Assert.Contains("recommendationsFor(customerId,first)", query);
        Assert.Contains("customerSegment(boughtAll,boughtNone,viewedAny,since,first,after)", query);
        Assert.Equal(["product()", "score()", "reason()"], await FieldsAsync("Recommendation"));
    }
}
