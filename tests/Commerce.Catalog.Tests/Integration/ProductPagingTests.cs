using System.Text;
using Commerce.Catalog.Tests.Infrastructure;

namespace Commerce.Catalog.Tests.Integration;

/// <summary>Walking a listing page by page yields every product once, in order; foreign cursors are coded errors.</summary>
public sealed class ProductPagingTests(SeededCatalog catalog) : IClassFixture<SeededCatalog>
{
    private const string PageQuery = """
        query($where: ProductFilterInput, $order: ProductOrder, $first: Int, $after: String, $search: String) {
          products(where: $where, order: $order, first: $first, after: $after, search: $search) {
            totalCount
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            edges { cursor node { id } }
          }
        }
        """;

    [Theory]
    [InlineData("PRICE_ASC", "/home", 37)]
    [InlineData("PRICE_DESC", "/electronics", 50)]
    [InlineData("NAME_ASC", null, 100)]
    [InlineData("NAME_DESC", "/fashion/shoes", 7)]
    [InlineData("NEWEST", "/sports", 41)]
    public async Task Pages_hold_every_product_exactly_once_in_order(string order, string? path, int pageSize)
    {
        var expected = SeededCatalog.Ordered(catalog.Active.Where(p => path is null || SeededCatalog.InSubtree(p, path)), order).Select(p => p.Id).ToList();
        var walked = new List<string>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var response = await catalog.PostAsync(PageQuery, new { where = path is null ? null : new { categoryPath = path }, order, first = pageSize, after });
            var connection = response.Ok().GetProperty("products");
            var edges = connection.GetProperty("edges").EnumerateArray().ToList();
            var pageInfo = connection.GetProperty("pageInfo");
            Assert.Equal(expected.Count, connection.GetProperty("totalCount").GetInt32());
            Assert.Equal(after is not null, pageInfo.GetProperty("hasPreviousPage").GetBoolean());
            if (edges.Count > 0)
            {
                Assert.Equal(edges[^1].GetProperty("cursor").GetString(), pageInfo.GetProperty("endCursor").GetString());
            }

            walked.AddRange(edges.Select(e => e.GetProperty("node").GetProperty("id").GetString()!));
            pages++;
            if (!pageInfo.GetProperty("hasNextPage").GetBoolean())
            {
                Assert.InRange(edges.Count, 1, pageSize);
                break;
            }

            Assert.Equal(pageSize, edges.Count);
            after = pageInfo.GetProperty("endCursor").GetString();
        }

        Assert.Equal(expected, walked);
        Assert.Equal(walked.Count, walked.Distinct().Count());
        Assert.Equal((expected.Count + pageSize - 1) / pageSize, pages);
    }

    [Fact]
    public async Task Relevance_pages_continue_where_the_previous_page_ended()
    {
        var all = await catalog.PostAsync(PageQuery, new { search = "steel", first = 100 });
        var expected = all.Ok().GetProperty("products").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()).ToList();

        var first = await catalog.PostAsync(PageQuery, new { search = "steel", first = 30 });
        var cursor = first.Ok().GetProperty("products").GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var second = await catalog.PostAsync(PageQuery, new { search = "steel", first = 30, after = cursor });

        var ids = first.Data.GetProperty("products").GetProperty("edges").EnumerateArray()
            .Concat(second.Ok().GetProperty("products").GetProperty("edges").EnumerateArray())
            .Select(e => e.GetProperty("node").GetProperty("id").GetString()).ToList();
        Assert.Equal(expected.Take(60), ids);
    }

    [Theory]
    [InlineData("not a cursor")]
    [InlineData("")]
    [InlineData("b2Zmc2V0OjM=")]
    [InlineData("cHJvZHVjdHM6LTE=")]
    [InlineData("cHJvZHVjdHM6MTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NQ==")]
    [InlineData("cHJvZHVjdHM6OTIyMzM3MjAzNjg1NDc3NTgwNw==")]
    public async Task A_cursor_that_is_not_ours_is_an_invalid_cursor_error(string cursor)
    {
        var response = await catalog.PostAsync(PageQuery, new { first = 5, after = cursor });

        Assert.Equal(200, response.Status);
        Assert.Equal("INVALID_CURSOR", response.ErrorCode);
    }

    [Fact]
    public async Task A_cursor_past_the_end_gives_an_empty_last_page()
    {
        var cursor = Convert.ToBase64String(Encoding.UTF8.GetBytes("products:" + (catalog.Stored.Count + 10)));

        var response = await catalog.PostAsync(PageQuery, new { first = 5, after = cursor });

        var connection = response.Ok().GetProperty("products");
        Assert.Equal(0, connection.GetProperty("edges").GetArrayLength());
        Assert.False(connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }
}
