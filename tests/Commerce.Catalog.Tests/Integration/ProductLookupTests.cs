using System.Text.Json;
using Commerce.Catalog.Tests.Infrastructure;
using Commerce.Drivers.Mongo;
using Commerce.Drivers.Mongo.Bson;

namespace Commerce.Catalog.Tests.Integration;

/// <summary><c>product</c>, <c>productBySlug</c> and <c>categories</c> against the stored documents.</summary>
public sealed class ProductLookupTests(SeededCatalog catalog) : IClassFixture<SeededCatalog>
{
    private const string ProductFields = """
        id name slug description sku vendor status createdAt updatedAt
        pricing { price compareAtPrice currency }
        category { id name path }
        variants { title sku price attributes { name value type } }
        attributes { name value type }
        images { url alt position primary }
        seo { title description }
        """;

    [Fact]
    public async Task Product_by_id_shows_the_stored_document()
    {
        var stored = (await catalog.Products.FindAsync(Filter.Eq("status", "active"), new FindOptions { Sort = new BsonDocument("_id", 1), Skip = 17, Limit = 1 }).ToListAsync())[0];

        var response = await catalog.PostAsync($"query($id: ID!) {{ product(id: $id) {{ {ProductFields} }} }}", new { id = stored["_id"].AsString });

        var product = response.Ok().GetProperty("product");
        Assert.Equal(stored["name"].AsString, product.GetProperty("name").GetString());
        Assert.Equal(stored["slug"].AsString, product.GetProperty("slug").GetString());
        Assert.Equal(stored["description"].AsString, product.GetProperty("description").GetString());
        Assert.Equal(stored["pricing"]["price"].AsDecimal, product.GetProperty("pricing").GetProperty("price").GetDecimal());
        Assert.Equal(stored["pricing"]["currency"].AsString, product.GetProperty("pricing").GetProperty("currency").GetString());
        Assert.Equal(stored["category"]["path"].AsString, product.GetProperty("category").GetProperty("path").GetString());
        Assert.Equal("ACTIVE", product.GetProperty("status").GetString());
        Assert.Equal(stored["variants"].AsBsonArray.Select(v => v["sku"].AsString), product.GetProperty("variants").EnumerateArray().Select(v => v.GetProperty("sku").GetString()));
        Assert.Equal(stored["attributes"].AsBsonArray.Select(a => a["value"].AsString), product.GetProperty("attributes").EnumerateArray().Select(a => a.GetProperty("value").GetString()));
        Assert.Equal(stored["images"].AsBsonArray.Count, product.GetProperty("images").GetArrayLength());
        Assert.Equal(
            stored["createdAt"].AsBsonDateTime.ToUniversalTime(),
            DateTime.Parse(product.GetProperty("createdAt").GetString()!, null, System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal));
    }

    [Fact]
    public async Task Product_by_slug_finds_the_same_product()
    {
        var stored = (await catalog.Products.FindAsync(Filter.Eq("status", "active"), new FindOptions { Sort = new BsonDocument("slug", -1), Limit = 1 }).ToListAsync())[0];

        var response = await catalog.PostAsync("query($slug: String!) { productBySlug(slug: $slug) { id sku } }", new { slug = stored["slug"].AsString });

        Assert.Equal(stored["_id"].AsString, response.Ok().GetProperty("productBySlug").GetProperty("id").GetString());
        Assert.Equal(stored["sku"].AsString, response.Data.GetProperty("productBySlug").GetProperty("sku").GetString());
    }

    [Fact]
    public async Task Unknown_id_or_slug_is_null_without_an_error()
    {
        var response = await catalog.PostAsync("{ a: product(id: \"nope\") { id } b: productBySlug(slug: \"no-such-slug\") { id } c: product(id: \"{$gt: ''}\") { id } }");

        var data = response.Ok();
        Assert.Equal(JsonValueKind.Null, data.GetProperty("a").ValueKind);
        Assert.Equal(JsonValueKind.Null, data.GetProperty("b").ValueKind);
        Assert.Equal(JsonValueKind.Null, data.GetProperty("c").ValueKind);
    }

    [Fact]
    public async Task Drafts_are_hidden_from_shoppers_and_shown_to_admins()
    {
        var draft = (await catalog.Products.FindAsync(Filter.Eq("status", "draft"), new FindOptions { Limit = 1 }).ToListAsync())[0];
        const string query = "query($id: ID!, $slug: String!) { product(id: $id) { id status } productBySlug(slug: $slug) { id } }";
        var variables = new { id = draft["_id"].AsString, slug = draft["slug"].AsString };

        var shopper = await catalog.PostAsync(query, variables);
        var admin = await catalog.AdminAsync(query, variables);

        Assert.Equal(JsonValueKind.Null, shopper.Ok().GetProperty("product").ValueKind);
        Assert.Equal(JsonValueKind.Null, shopper.Data.GetProperty("productBySlug").ValueKind);
        Assert.Equal("DRAFT", admin.Ok().GetProperty("product").GetProperty("status").GetString());
        Assert.Equal(draft["_id"].AsString, admin.Data.GetProperty("productBySlug").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Categories_form_the_stored_tree()
    {
        var stored = await catalog.Categories.FindAsync(Filter.Empty, new FindOptions { BatchSize = 1000 }).ToListAsync();

        var response = await catalog.PostAsync("{ categories { id path parent children { id path parent children { id path parent children { id } } } } }", trace: true);

        var roots = response.Ok().GetProperty("categories").EnumerateArray().ToList();
        var seen = new List<(string Id, string Path, string? Parent)>();
        Walk(roots, null);
        Assert.True(stored.Count >= 30);
        Assert.Equal(
            stored.Select(c => (c["_id"].AsString, c["path"].AsString, c["parent"] is BsonString p ? p.Value : null)).OrderBy(c => c.Item2, StringComparer.Ordinal),
            seen.OrderBy(c => c.Path, StringComparer.Ordinal));
        Assert.All(roots, r => Assert.All(r.GetProperty("children").EnumerateArray(), s => Assert.All(s.GetProperty("children").EnumerateArray(), l => Assert.Equal(0, l.GetProperty("children").GetArrayLength()))));
        Assert.Equal(1, response.MongoRoundTrips);

        void Walk(IEnumerable<JsonElement> nodes, string? parent)
        {
            foreach (var node in nodes)
            {
                var id = node.GetProperty("id").GetString()!;
                Assert.Equal(parent, node.GetProperty("parent").GetString());
                seen.Add((id, node.GetProperty("path").GetString()!, parent));
                // The query stops asking for paths below the leaves, whose children lists are empty.
                if (node.TryGetProperty("children", out var children))
                {
                    Walk(children.EnumerateArray().Where(c => c.TryGetProperty("path", out _)), id);
                }
            }
        }
    }
}
