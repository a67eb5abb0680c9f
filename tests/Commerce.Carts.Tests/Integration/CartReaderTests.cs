using Commerce.Carts.Tests.Infrastructure;
using Commerce.Drivers.Mongo.Bson;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Carts.Tests.Integration;

/// <summary>The service checkout uses: read a cart's lines, clear it (optionally only if unchanged).</summary>
public sealed class CartReaderTests(CartsHost host) : IClassFixture<CartsHost>
{
    private static string Sku(BsonDocument product) => product["variants"].AsBsonArray[0]["sku"].AsString;

    [Fact]
    public async Task Reads_lines_owner_and_version_then_clears_only_at_the_version_read()
    {
        var products = await host.ActiveProductsAsync(2);
        var (token, userId) = await host.SignUpAsync();
        var cartId = await host.CreateCartAsync(token);
        (await host.AddLineAsync(cartId, products[1]["_id"].AsString, Sku(products[1]), 2, token)).Ok();
        (await host.AddLineAsync(cartId, products[0]["_id"].AsString, Sku(products[0]), 3, token)).Ok();
        var reader = host.Services.GetRequiredService<ICartReader>();

        var snapshot = await reader.GetCartAsync(cartId);

        Assert.NotNull(snapshot);
        Assert.Equal(Guid.Parse(userId), snapshot.OwnerUserId);
        Assert.Equal("EUR", snapshot.Currency);
        Assert.Equal(2, snapshot.Version);
        var expected = new[] { products[0], products[1] }
            .Select((p, i) => new CartLineItem(p["_id"].AsString, Sku(p), i == 0 ? 3 : 2))
            .OrderBy(l => l.ProductId, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(expected, snapshot.Lines);

        (await host.AddLineAsync(cartId, products[0]["_id"].AsString, Sku(products[0]), 1, token)).Ok();
        Assert.False(await reader.ClearCartAsync(cartId, snapshot.Version));
        Assert.Equal(2, (await reader.GetCartAsync(cartId))!.Lines.Count);

        var current = (await reader.GetCartAsync(cartId))!;
        Assert.True(await reader.ClearCartAsync(cartId, current.Version));
        Assert.Empty((await reader.GetCartAsync(cartId))!.Lines);
    }

    [Fact]
    public async Task Missing_carts_read_as_null_and_do_not_clear()
    {
        var reader = host.Services.GetRequiredService<ICartReader>();

        Assert.Null(await reader.GetCartAsync("AAAAAAAAAAAAAAAAAAAAAA"));
        Assert.Null(await reader.GetCartAsync("not an id"));
        Assert.False(await reader.ClearCartAsync("AAAAAAAAAAAAAAAAAAAAAA"));
    }
}
