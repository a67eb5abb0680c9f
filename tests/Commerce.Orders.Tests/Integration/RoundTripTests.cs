using System.Text.Json;
using Commerce.Orders.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Orders.Tests.Integration;

/// <summary>
/// Round trips per store from <c>extensions.tracing</c>: the count depends on the depth of the query, never on how
/// many orders, lines or products it returns.
/// </summary>
public sealed class RoundTripTests : IClassFixture<GraphHost>
{
    private const string Query = "{ me { orders(first: 50) { totalCount nodes { number lines { quantity product { name } } payments { amount } } } } }";

    private readonly GraphHost _host;

    public RoundTripTests(GraphHost host) => _host = host;

    private async Task PlaceOrdersAsync(Guid userId, IReadOnlyList<(string Id, string Sku, decimal Price)> variants, int orders)
    {
        var placement = _host.Services.GetRequiredService<OrderPlacement>();
        for (var i = 0; i < orders; i++)
        {
            var lines = variants.Skip(i % 2).Take(5).Select(v => new PricedLine(v.Id, v.Sku, "n", v.Price, 1)).ToArray();
            await placement.PlaceAsync(Requests.Place(userId, "rt-" + Guid.NewGuid(), TestPaymentGateway.ApproveToken, lines));
        }
    }

    private static (long Postgres, long Mongo) RoundTrips(JsonElement result)
    {
        var tracing = result.GetProperty("extensions").GetProperty("tracing");
        return (tracing.GetProperty("postgres").GetProperty("roundTrips").GetInt64(), tracing.GetProperty("mongo").GetProperty("roundTrips").GetInt64());
    }

    [Fact]
    public async Task Orders_with_lines_products_and_payments_cost_one_round_trip_per_store_per_level_whatever_their_number()
    {
        var variants = await _host.VariantsAsync(6);
        var (fewId, few) = await _host.SignUpAsync();
        var (manyId, many) = await _host.SignUpAsync();
        await PlaceOrdersAsync(fewId, variants, 2);
        await PlaceOrdersAsync(manyId, variants, 12);

        // Warm the connection pools first: opening a physical connection (Npgsql's open, MongoDB's hello) is traced
        // as a round trip too, and which request happens to open one is not what this test measures.
        await _host.PostAsync(Query, token: few);
        await _host.PostAsync(Query, token: many);
        var fewResult = await _host.PostAsync(Query, token: few, trace: true);
        var manyResult = await _host.PostAsync(Query, token: many, trace: true);

        Assert.False(manyResult.TryGetProperty("errors", out var errors), errors.ToString());
        var orders = manyResult.GetProperty("data").GetProperty("me").GetProperty("orders").GetProperty("nodes");
        Assert.Equal(12, orders.GetArrayLength());
        Assert.All(orders.EnumerateArray(), o =>
        {
            Assert.Equal(5, o.GetProperty("lines").GetArrayLength());
            Assert.All(o.GetProperty("lines").EnumerateArray(), l => Assert.False(string.IsNullOrEmpty(l.GetProperty("product").GetProperty("name").GetString())));
            Assert.Single(o.GetProperty("payments").EnumerateArray());
        });

        // PostgreSQL: the user behind `me` (accounts), the page with its count (one batch), the lines, the payments
        // (two loaders of the same level), for 2 orders as for 12. MongoDB: the products of every line of every
        // order in ONE find (the DataLoader keeps loads from list items in one batch).
        Assert.True(RoundTrips(manyResult) == (4, 1), manyResult.GetProperty("extensions").ToString());
        Assert.True(RoundTrips(fewResult) == (4, 1), fewResult.GetProperty("extensions").ToString());
    }

    [Fact]
    public async Task Product_stock_is_batched_across_products_and_skus()
    {
        var result = await _host.PostAsync("{ products(first: 30) { nodes { sku stock inStock variants { sku } } } }", trace: true);

        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        var nodes = result.GetProperty("data").GetProperty("products").GetProperty("nodes").EnumerateArray().ToList();
        Assert.True(nodes.Count > 5);
        foreach (var node in nodes)
        {
            var skus = node.GetProperty("variants").EnumerateArray().Select(v => v.GetProperty("sku").GetString()!).ToList();
            if (skus.Count == 0)
            {
                skus.Add(node.GetProperty("sku").GetString()!);
            }

            var expected = 0L;
            foreach (var sku in skus)
            {
                expected += await _host.ScalarAsync<int?>("SELECT quantity FROM stock_levels WHERE sku = $1", sku) ?? 0;
            }

            Assert.Equal(expected, node.GetProperty("stock").GetInt64());
            Assert.Equal(expected > 0, node.GetProperty("inStock").GetBoolean());
        }

        Assert.Equal((1L, 1L), RoundTrips(result));
    }
}
