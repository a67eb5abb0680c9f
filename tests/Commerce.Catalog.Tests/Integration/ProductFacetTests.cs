using System.Text.Json;
using Commerce.Catalog.Tests.Infrastructure;

namespace Commerce.Catalog.Tests.Integration;

/// <summary>Facet counts against counts the test makes over the stored documents; one aggregate round trip.</summary>
public sealed class ProductFacetTests(SeededCatalog catalog) : IClassFixture<SeededCatalog>
{
    private const string FacetQuery = """
        query($search: String, $where: ProductFilterInput) {
          productFacets(search: $search, where: $where) {
            totalCount
            categories { id name path count }
            vendors { vendor count }
            priceBands { min max count }
          }
        }
        """;

    private static readonly decimal[] Bounds = [0m, 25m, 50m, 100m, 250m, 500m, 1000m];

    [Theory]
    [InlineData(null)]
    [InlineData("/garden")]
    [InlineData("/electronics/computers")]
    public async Task Facets_count_by_category_vendor_and_price_band(string? path)
    {
        var products = catalog.Active.Where(p => path is null || SeededCatalog.InSubtree(p, path)).ToList();

        var response = await catalog.PostAsync(FacetQuery, new { where = path is null ? null : new { categoryPath = path } }, trace: true);

        var facets = response.Ok().GetProperty("productFacets");
        Assert.Equal(products.Count, facets.GetProperty("totalCount").GetInt32());
        AssertCounts(
            products.GroupBy(p => p.CategoryPath).ToDictionary(g => g.Key, g => g.Count()),
            facets.GetProperty("categories"),
            "path");
        AssertCounts(
            products.Where(p => p.Vendor is not null).GroupBy(p => p.Vendor!).ToDictionary(g => g.Key, g => g.Count()),
            facets.GetProperty("vendors"),
            "vendor");
        var bands = products.GroupBy(p => Bounds.Last(b => b <= p.Price)).ToDictionary(g => g.Key, g => g.Count());
        var returnedBands = facets.GetProperty("priceBands").EnumerateArray().ToList();
        Assert.Equal(bands.Count, returnedBands.Count);
        foreach (var band in returnedBands)
        {
            var min = band.GetProperty("min").GetDecimal();
            Assert.Equal(bands[min], band.GetProperty("count").GetInt32());
            var index = Array.IndexOf(Bounds, min);
            if (index == Bounds.Length - 1)
            {
                Assert.Equal(JsonValueKind.Null, band.GetProperty("max").ValueKind);
            }
            else
            {
                Assert.Equal(Bounds[index + 1], band.GetProperty("max").GetDecimal());
            }
        }

        Assert.Equal(1, response.MongoRoundTrips);
    }

    [Fact]
    public async Task Facets_follow_the_text_search()
    {
        var listing = await catalog.PostAsync("query { products(search: \"steel\", first: 0) { totalCount } }");
        var facets = await catalog.PostAsync(FacetQuery, new { search = "steel" });

        var total = facets.Ok().GetProperty("productFacets").GetProperty("totalCount").GetInt32();
        Assert.Equal(listing.Ok().GetProperty("products").GetProperty("totalCount").GetInt32(), total);
        Assert.Equal(total, facets.Data.GetProperty("productFacets").GetProperty("categories").EnumerateArray().Sum(c => c.GetProperty("count").GetInt32()));
        Assert.InRange(total, 1, catalog.Active.Count() - 1);
    }

    [Fact]
    public async Task Category_buckets_come_most_populous_first()
    {
        var response = await catalog.PostAsync(FacetQuery);

        var counts = response.Ok().GetProperty("productFacets").GetProperty("categories").EnumerateArray().Select(c => c.GetProperty("count").GetInt32()).ToList();
        Assert.Equal(counts.OrderByDescending(c => c), counts);
    }

    private static void AssertCounts(Dictionary<string, int> expected, JsonElement buckets, string key)
    {
        var actual = buckets.EnumerateArray().ToDictionary(b => b.GetProperty(key).GetString()!, b => b.GetProperty("count").GetInt32());
        Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal), actual.OrderBy(e => e.Key, StringComparer.Ordinal));
    }
}
