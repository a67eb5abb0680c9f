namespace Commerce.GraphQL.Tests.Validation;

public sealed class SchemaBuildTests
{
    [Fact]
    public void Harness_schema_builds_with_its_roots_and_possible_types()
    {
        var schema = ValidationHarness.Schema;
        Assert.Equal("QueryRoot", schema.QueryType?.Name);
        Assert.Equal("SubscriptionRoot", schema.SubscriptionType?.Name);
        Assert.Equal(["Dog", "Cat"], schema.GetPossibleTypes(schema.GetType("Pet")!).Select(t => t.Name).Order().Reverse());
    }
}
