using Commerce.Accounts;
using Commerce.GraphQL;
using Commerce.Recommendations.Tests.Infrastructure;

namespace Commerce.Recommendations.Tests.Integration;

/// <summary><c>User.recommendations</c> answers the user themself and marketing, and refuses other customers.</summary>
public sealed class UserRecommendationsTests(UserRecommendationsTests.HostWithUsers host) : IClassFixture<UserRecommendationsTests.HostWithUsers>
{
    /// <summary>A test-only way to reach the accounts module's User type without its PostgreSQL store.</summary>
    [QueryType]
    public sealed class TestUserQueries
    {
        public Account TestUser([ID] Guid id) => new(id, "someone@example.com", "Someone", "customer", DateTimeOffset.UnixEpoch);
    }

    public sealed class HostWithUsers : RecommendationsHost
    {
        protected override void ConfigureGraphQL(Commerce.GraphQL.AspNetCore.GraphQLServerBuilder builder) =>
            builder.ConfigureSchema(schema => schema.AddTypeExtension<TestUserQueries>());
    }

    [Fact]
    public async Task The_user_and_marketing_see_them_another_customer_gets_FORBIDDEN()
    {
        // Customer ids are the accounts module's Guids (no test prefix), so this customer's node is removed here.
        var user = Guid.NewGuid();
        var (a, b) = (host.Id("a"), host.Id("b"));
        await host.AddCatalogProductsAsync([(a, host.Id("cat")), (b, host.Id("cat"))]);
        await host.Feed.ApplyOrderPlacedAsync(host.Id("o1"), user.ToString(), [new(a, 1)], DateTimeOffset.UtcNow);
        await host.Feed.ApplyOrderPlacedAsync(host.Id("o2"), host.Id("other"), [new(a, 1), new(b, 1)], DateTimeOffset.UtcNow);
        const string query = "query($id: ID!) { testUser(id: $id) { recommendations(first: 3) { score product { id } } } }";
        try
        {
            var self = await host.PostAsync(query, new { id = user }, role: "customer", customerId: user.ToString());
            var marketing = await host.PostAsync(query, new { id = user }, role: "marketing");
            var other = await host.PostAsync(query, new { id = user }, role: "customer", customerId: Guid.NewGuid().ToString());

            foreach (var allowed in new[] { self, marketing })
            {
                var recommendation = Assert.Single(allowed.Ok().GetProperty("testUser").GetProperty("recommendations").EnumerateArray());
                Assert.Equal(b, recommendation.GetProperty("product").GetProperty("id").GetString());
                Assert.Equal(1, recommendation.GetProperty("score").GetInt32());
            }

            Assert.Equal(["FORBIDDEN"], other.ErrorCodes);
        }
        finally
        {
            await host.CypherAsync("MATCH (c:Customer {id: $id}) DETACH DELETE c", new { id = user.ToString() });
        }
    }
}
