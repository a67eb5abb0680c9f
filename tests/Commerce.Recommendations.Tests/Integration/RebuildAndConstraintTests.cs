using System.Runtime.CompilerServices;
using Commerce.Catalog;
using Commerce.Drivers.Bolt;
using Commerce.Recommendations.Feeding;
using Commerce.Recommendations.Graph;
using Commerce.Recommendations.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Recommendations.Tests.Integration;

/// <summary>The rebuild replays the catalog's MongoDB data and the order history; the id constraints hold.</summary>
public sealed class RebuildAndConstraintTests(RebuildAndConstraintTests.HostWithHistory host) : IClassFixture<RebuildAndConstraintTests.HostWithHistory>
{
    /// <summary>Stands in for the orders store's public history (the orders module has no such service yet).</summary>
    public sealed class ListedOrders : IOrderHistory
    {
        public List<HistoricOrder> Orders { get; } = [];

        public async IAsyncEnumerable<HistoricOrder> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            foreach (var order in Orders)
            {
                await Task.Yield();
                yield return order;
            }
        }
    }

    public sealed class HostWithHistory : RecommendationsHost
    {
        public ListedOrders History { get; } = new();

        protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IOrderHistory>(History);
    }

    [Fact]
    public async Task Rebuild_writes_categories_with_parents_products_in_their_category_and_the_orders()
    {
        var catalog = host.Services.GetRequiredService<CatalogDatabase>();
        await catalog.Categories.InsertManyAsync(
        [
            new Category { Id = host.Id("home"), Name = "Home", Slug = host.Id("home"), Path = "/home" },
            new Category { Id = host.Id("kitchen"), Name = "Kitchen", Slug = host.Id("kitchen"), Parent = host.Id("home"), Path = "/home/kitchen", Depth = 1 },
        ]);
        await host.AddCatalogProductsAsync([(host.Id("kettle"), host.Id("kitchen")), (host.Id("toaster"), host.Id("kitchen")), (host.Id("rug"), host.Id("home"))]);
        var at = new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero);
        host.History.Orders.Add(new HistoricOrder(host.Id("o1"), host.Id("ann"), [new OrderLine(host.Id("kettle"), 1), new OrderLine(host.Id("toaster"), 2)], at, Cancelled: false));
        host.History.Orders.Add(new HistoricOrder(host.Id("o2"), host.Id("ann"), [new OrderLine(host.Id("rug"), 1)], at, Cancelled: true));

        var rebuilder = host.Services.GetRequiredService<RecommendationsRebuilder>();
        var report = await rebuilder.RebuildAsync();
        await rebuilder.RebuildAsync();

        Assert.Equal(new RebuildReport(Categories: 2, Products: 3, Orders: 2, CancelledOrders: 1), report);
        var inCategory = await host.CypherAsync(
            "MATCH (p:Product)-[:IN_CATEGORY]->(c:Category) WHERE p.id STARTS WITH $prefix RETURN p.id AS p, c.id AS c ORDER BY p",
            new { prefix = host.Prefix });
        Assert.Equal(
            [(host.Id("kettle"), host.Id("kitchen")), (host.Id("rug"), host.Id("home")), (host.Id("toaster"), host.Id("kitchen"))],
            inCategory.Select(r => (r.Get<string>("p"), r.Get<string>("c"))));
        var parents = await host.CypherAsync("MATCH (a:Category)-[:PARENT_OF]->(b:Category) WHERE b.id STARTS WITH $prefix RETURN a.id AS a, b.id AS b", new { prefix = host.Prefix });
        Assert.Equal([(host.Id("home"), host.Id("kitchen"))], parents.Select(r => (r.Get<string>("a"), r.Get<string>("b"))));
        var purchases = await host.CypherAsync(
            "MATCH (:Customer {id: $c})-[r:PURCHASED]->(p:Product) RETURN p.id AS p, r.quantity AS q, r.orderId AS o ORDER BY p",
            new { c = host.Id("ann") });
        Assert.Equal(
            [(host.Id("kettle"), 1L, host.Id("o1")), (host.Id("toaster"), 2L, host.Id("o1"))],
            purchases.Select(r => (r.Get<string>("p"), r.Get<long>("q"), r.Get<string>("o"))));
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
