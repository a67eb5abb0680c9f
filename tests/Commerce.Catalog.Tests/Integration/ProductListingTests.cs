using System.Text.Json;
using Commerce.Catalog.Tests.Infrastructure;
using Commerce.Drivers.Mongo;
using Commerce.Drivers.Mongo.Bson;

namespace Commerce.Catalog.Tests.Integration;

/// <summary>Filters and orders of <c>products</c> against what the test computes from the stored documents itself.</summary>
public sealed class ProductListingTests(SeededCatalog catalog) : IClassFixture<SeededCatalog>
{
    private const string ListQuery = """
        query($search: String, $where: ProductFilterInput, $order: ProductOrder, $first: Int, $after: String) {
          products(search: $search, where: $where, order: $order, first: $first, after: $after) {
            totalCount
            pageInfo { hasNextPage hasPreviousPage endCursor }
            edges { cursor node { id name pricing { price currency } category { path } status } }
          }
        }
        """;

    private async Task<(List<string> Ids, int Total, JsonElement Connection)> ListAsync(object variables, string? role = null)
    {
        var response = await catalog.PostAsync(ListQuery, variables, role);
        var connection = response.Ok().GetProperty("products");
        var ids = connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!).ToList();
        return (ids, connection.GetProperty("totalCount").GetInt32(), connection);
    }

    [Fact]
    public void Demo_data_has_the_promised_shape()
    {
        Assert.True(catalog.Stored.Count >= 2000);
        Assert.True(catalog.Stored.Select(p => p.CategoryPath).Distinct().Count() >= 30);
        Assert.All(catalog.Stored, p => Assert.InRange(p.VariantCount, 1, 4));
        Assert.All(catalog.Stored, p => Assert.NotEmpty(p.Attributes));
        Assert.All(catalog.Stored, p => Assert.Equal(4, p.CategoryPath.Split('/').Length));
    }

    [Theory]
    [InlineData("/home")]
    [InlineData("/home/kitchen")]
    [InlineData("/electronics/audio/headphones")]
    [InlineData("/sports/cycling/")]
    public async Task Category_filter_returns_the_whole_subtree(string path)
    {
        var normalized = path.TrimEnd('/');
        var expected = SeededCatalog.Ordered(catalog.Active.Where(p => SeededCatalog.InSubtree(p, normalized)), "PRICE_ASC").ToList();
        Assert.NotEmpty(expected);

        var (ids, total, connection) = await ListAsync(new { where = new { categoryPath = path }, order = "PRICE_ASC", first = 100 });

        Assert.Equal(expected.Count, total);
        Assert.Equal(expected.Take(100).Select(p => p.Id), ids);
        Assert.Equal(expected.Count > 100, connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task Category_filter_does_not_match_a_sibling_that_shares_a_prefix()
    {
        var (ids, total, _) = await ListAsync(new { where = new { categoryPath = "/home/kitch" } });

        Assert.Empty(ids);
        Assert.Equal(0, total);
    }

    [Fact]
    public async Task Price_range_is_inclusive_at_both_ends()
    {
        // Bounds taken from stored prices so that both ends are hit exactly.
        var prices = catalog.Active.Select(p => p.Price).Distinct().Order().ToList();
        var min = prices[prices.Count / 3];
        var max = prices[prices.Count / 3 + 60];
        var expected = SeededCatalog.Ordered(catalog.Active.Where(p => p.Price >= min && p.Price <= max), "PRICE_DESC").ToList();

        var (ids, total, _) = await ListAsync(new { where = new { minPrice = min, maxPrice = max }, order = "PRICE_DESC", first = 100 });

        Assert.Equal(expected.Count, total);
        Assert.Equal(expected.Take(100).Select(p => p.Id), ids);
        Assert.Contains(expected, p => p.Price == min);
        Assert.Contains(expected, p => p.Price == max);
    }

    [Fact]
    public async Task Attribute_filter_matches_any_of_the_values_and_all_of_the_attributes()
    {
        var colors = catalog.Active.SelectMany(p => p.Attributes).Where(a => a.Name == "color").GroupBy(a => a.Value)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(2).Select(g => g.Key).ToList();
        var material = catalog.Active.SelectMany(p => p.Attributes).First(a => a.Name == "material").Value;
        var expected = SeededCatalog.Ordered(
            catalog.Active.Where(p => p.Attributes.Any(a => a.Name == "color" && colors.Contains(a.Value))
                && p.Attributes.Any(a => a.Name == "material" && a.Value == material)),
            "NAME_ASC").ToList();
        Assert.NotEmpty(expected);

        var (ids, total, _) = await ListAsync(new
        {
            where = new { attributes = new object[] { new { name = "color", values = colors }, new { name = "material", values = new[] { material } } } },
            first = 100,
        });

        Assert.Equal(expected.Count, total);
        Assert.Equal(expected.Take(100).Select(p => p.Id), ids);
    }

    [Fact]
    public async Task Shoppers_see_only_active_products_by_default()
    {
        var (_, total, connection) = await ListAsync(new { first = 100 });

        Assert.Equal(catalog.Active.Count(), total);
        Assert.All(connection.GetProperty("edges").EnumerateArray(), e => Assert.Equal("ACTIVE", e.GetProperty("node").GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Admins_see_every_status_by_default_and_can_ask_for_drafts()
    {
        var (_, all, _) = await ListAsync(new { first = 1 }, role: "admin");
        var drafts = SeededCatalog.Ordered(catalog.Stored.Where(p => p.Status == "draft"), "NEWEST").ToList();
        var (ids, draftTotal, _) = await ListAsync(new { where = new { status = new[] { "DRAFT" } }, order = "NEWEST", first = 100 }, role: "admin");

        Assert.Equal(catalog.Stored.Count, all);
        Assert.NotEmpty(drafts);
        Assert.Equal(drafts.Count, draftTotal);
        Assert.Equal(drafts.Take(100).Select(p => p.Id), ids);
    }

    [Fact]
    public async Task Shoppers_asking_for_drafts_are_forbidden()
    {
        var response = await catalog.PostAsync(ListQuery, new { where = new { status = new[] { "DRAFT" } } });

        Assert.Equal("FORBIDDEN", response.ErrorCode);
    }

    [Theory]
    [InlineData("PRICE_ASC")]
    [InlineData("PRICE_DESC")]
    [InlineData("NAME_ASC")]
    [InlineData("NAME_DESC")]
    [InlineData("NEWEST")]
    public async Task Every_order_sorts_as_the_stored_documents_say(string order)
    {
        var expected = SeededCatalog.Ordered(catalog.Active.Where(p => SeededCatalog.InSubtree(p, "/fashion")), order).ToList();

        var (ids, total, _) = await ListAsync(new { where = new { categoryPath = "/fashion" }, order, first = 100 });

        Assert.Equal(expected.Count, total);
        Assert.Equal(expected.Take(100).Select(p => p.Id), ids);
    }

    [Fact]
    public async Task Relevance_order_matches_a_direct_text_search()
    {
        const string search = "steel";
        var filter = new BsonDocument { { "$text", new BsonDocument("$search", search) }, { "status", "active" } };
        var expected = await catalog.Products.FindAsync(filter, new FindOptions
        {
            Projection = new BsonDocument("score", new BsonDocument("$meta", "textScore")),
            Sort = new BsonDocument { { "score", new BsonDocument("$meta", "textScore") }, { "_id", 1 } },
            BatchSize = 5000,
        }).ToListAsync();
        Assert.True(expected.Count > 100);

        var (ids, total, _) = await ListAsync(new { search, first = 100 });

        Assert.Equal(expected.Count, total);
        Assert.Equal(expected.Take(100).Select(d => d["_id"].AsString), ids);
    }

    [Fact]
    public async Task Text_search_with_a_filter_and_another_order()
    {
        const string search = "wooden";
        var textHits = (await catalog.Products.FindAsync(Filter.Text(search), new FindOptions { Projection = new BsonDocument("_id", 1), BatchSize = 5000 }).ToListAsync())
            .Select(d => d["_id"].AsString).ToHashSet();
        var expected = SeededCatalog.Ordered(catalog.Active.Where(p => textHits.Contains(p.Id) && p.Price <= 500m), "PRICE_ASC").ToList();
        Assert.NotEmpty(expected);

        var (ids, total, _) = await ListAsync(new { search, where = new { maxPrice = 500 }, order = "PRICE_ASC", first = 100 });

        Assert.Equal(expected.Count, total);
        Assert.Equal(expected.Take(100).Select(p => p.Id), ids);
    }

    [Theory]
    [InlineData("{ \"order\": \"RELEVANCE\" }")]
    [InlineData("{ \"first\": 101 }")]
    [InlineData("{ \"first\": -1 }")]
    [InlineData("{ \"where\": { \"minPrice\": 20, \"maxPrice\": 10 } }")]
    public async Task Bad_listing_arguments_are_validation_errors(string variables)
    {
        var response = await catalog.PostAsync(ListQuery, JsonDocument.Parse(variables).RootElement);

        Assert.Equal(200, response.Status);
        Assert.Equal("VALIDATION_FAILED", response.ErrorCode);
    }
}
