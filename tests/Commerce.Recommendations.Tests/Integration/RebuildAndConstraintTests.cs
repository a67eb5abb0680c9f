using Commerce.Catalog;
using Commerce.Drivers.Bolt;
using Commerce.Recommendations.Feeding;
using Commerce.Recommendations.Graph;
using Commerce.Recommendations.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Recommendations.Tests.Integration;

/// <summary>The rebuild replays the catalog's MongoDB data (its orders: <see cref="RebuildFromOrdersTests"/>); the id constraints hold.</summary>
public sealed class RebuildAndConstraintTests(HostWithOrders host) : IClassFixture<HostWithOrders>
{
    [Fact]
    public async Task Rebuild_writes_categories_with_parents_and_products_in_their_category()
    {
        var catalog = host.Services.GetRequiredService<CatalogDatabase>();
        await catalog.Categories.InsertManyAsync(
        [
            new Category { Id = host.Id("home"), Name = "Home", Slug = host.Id("home"), Path = "/home" },
            new Category { Id = host.Id("kitchen"), Name = "Kitchen", Slug = host.Id("kitchen"), Parent = host.Id("home"), Path = "/home/kitchen", Depth = 1 },
        ]);
        await host.AddCatalogProductsAsync([(host.Id("kettle"), host.Id("kitchen")), (host.Id("toaster"), host.Id("kitchen")), (host.Id("rug"), host.Id("home"))]);

        var rebuilder = host.Services.GetRequiredService<RecommendationsRebuilder>();
        var report = await rebuilder.RebuildAsync();
        await rebuilder.RebuildAsync();

        Assert.Equal(new RebuildReport(Categories: 2, Products: 3, Orders: 0, CancelledOrders: 0), report);
        var inCategory = await host.CypherAsync(
            "MATCH (p:Product)-[:IN_CATEGORY]->(c:Category) WHERE p.id STARTS WITH $prefix RETURN p.id AS p, c.id AS c ORDER BY p",
            new { prefix = host.Prefix });
        Assert.Equal(
            [(host.Id("kettle"), host.Id("kitchen")), (host.Id("rug"), host.Id("home")), (host.Id("toaster"), host.Id("kitchen"))],
            inCategory.Select(r => (r.Get<string>("p"), r.Get<string>("c"))));
        var parents = await host.CypherAsync("MATCH (a:Category)-[:PARENT_OF]->(b:Category) WHERE b.id STARTS WITH $prefix RETURN a.id AS a, b.id AS b", new { prefix = host.Prefix });
        Assert.Equal([(host.Id("home"), host.Id("kitchen"))], parents.Select(r => (r.Get<string>("a"), r.Get<string>("b"))));
    }

    [Fact]
    public async Task A_second_product_node_with_the_same_id_is_refused_by_the_constraint()
    {
        var constraints = host.Services.GetRequiredService<GraphConstraints>();
        await constraints.EnsureAsync();
        await constraints.EnsureAsync();
        await host.CypherAsync("CREATE (:Product {id: $id})", new { id = host.Id("unique") });

        var error = await Assert.ThrowsAsync<ClientException>(() => host.CypherAsync("CREATE (:Product {id: $id})", new { id = host.Id("unique") }));

        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", error.Code);
    }
}
