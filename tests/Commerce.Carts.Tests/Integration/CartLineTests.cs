using System.Text.Json;
using Commerce.Carts.Tests.Infrastructure;
using Commerce.Drivers.Mongo.Bson;

namespace Commerce.Carts.Tests.Integration;

public sealed class CartLineTests(CartsHost host) : IClassFixture<CartsHost>
{
    private const string CartQuery = """
        query($id: ID!) { cart(id: $id) {
          id currency itemCount subtotal { amount currency }
          lines { productId variantSku quantity available product { id name } variant { sku } unitPrice { amount currency } lineTotal { amount currency } }
        } }
        """;

    private static string Sku(BsonDocument product, int variant = 0) => product["variants"].AsBsonArray[variant]["sku"].AsString;

    private static decimal VariantPrice(BsonDocument product, int variant = 0) => product["variants"].AsBsonArray[variant]["price"].AsDecimal;

    private async Task<(long Lines, string? Version)> StoredStateAsync(string cartId)
    {
        var db = host.Redis.GetDatabase();
        var lines = (await db.HashGetAllAsync($"{host.KeyPrefix}:cart:{cartId}:lines")).Length;
        var version = (string?)await db.HashGetAsync($"{host.KeyPrefix}:cart:{cartId}:meta", "version");
        return (lines, version);
    }

    [Fact]
    public async Task Fifty_concurrent_adds_to_one_line_add_up_exactly()
    {
        var product = (await host.ActiveProductsAsync(1))[0];
        var cartId = await host.CreateCartAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => host.AddLineAsync(cartId, product["_id"].AsString, Sku(product), 1)));

        Assert.All(responses, r => r.Ok());
        var field = product["_id"].AsString + "\u001f" + Sku(product);
        Assert.Equal("50", (string?)await host.Redis.GetDatabase().HashGetAsync($"{host.KeyPrefix}:cart:{cartId}:lines", field));
        var cart = (await host.PostAsync(CartQuery, new { id = cartId })).Ok().GetProperty("cart");
        Assert.Equal(50, cart.GetProperty("itemCount").GetInt32());
        Assert.Equal(50, Assert.Single(cart.GetProperty("lines").EnumerateArray()).GetProperty("quantity").GetInt32());
        Assert.Equal("50", (string?)await host.Redis.GetDatabase().HashGetAsync($"{host.KeyPrefix}:cart:{cartId}:meta", "version"));
    }

    [Fact]
    public async Task Fifty_concurrent_adds_of_3_to_one_line_stop_at_exactly_99()
    {
        var product = (await host.ActiveProductsAsync(1))[0];
        var cartId = await host.CreateCartAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => host.AddLineAsync(cartId, product["_id"].AsString, Sku(product), 3)));

        Assert.Equal(33, responses.Count(r => !r.HasErrors));
        Assert.All(responses.Where(r => r.HasErrors), r => Assert.Equal("VALIDATION_FAILED", r.Code()));
        var cart = (await host.PostAsync(CartQuery, new { id = cartId })).Ok().GetProperty("cart");
        Assert.Equal(99, cart.GetProperty("itemCount").GetInt32());
    }

    [Fact]
    public async Task A_cart_of_50_lines_prices_at_current_catalog_prices_in_one_mongo_round_trip()
    {
        var products = await host.ActiveProductsAsync(50);
        Assert.Equal(50, products.Count);
        var cartId = await host.CreateCartAsync();
        for (var i = 0; i < products.Count; i++)
        {
            (await host.AddLineAsync(cartId, products[i]["_id"].AsString, Sku(products[i]), 1 + (i % 3))).Ok();
        }

        var response = await host.PostAsync(CartQuery, new { id = cartId }, trace: true);

        var cart = response.Ok().GetProperty("cart");
        Assert.Equal(1, response.MongoRoundTrips);
        var expectedSubtotal = products.Select((p, i) => VariantPrice(p) * (1 + (i % 3))).Sum();
        Assert.Equal(expectedSubtotal, cart.GetProperty("subtotal").GetProperty("amount").GetDecimal());
        Assert.Equal("EUR", cart.GetProperty("subtotal").GetProperty("currency").GetString());
        Assert.Equal(products.Select((_, i) => 1 + (i % 3)).Sum(), cart.GetProperty("itemCount").GetInt32());
        var byId = products.ToDictionary(p => p["_id"].AsString);
        var lines = cart.GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal(50, lines.Count);
        foreach (var line in lines)
        {
            var stored = byId[line.GetProperty("productId").GetString()!];
            var quantity = line.GetProperty("quantity").GetInt32();
            Assert.Equal(stored["name"].AsString, line.GetProperty("product").GetProperty("name").GetString());
            Assert.Equal(Sku(stored), line.GetProperty("variant").GetProperty("sku").GetString());
            Assert.Equal(VariantPrice(stored), line.GetProperty("unitPrice").GetProperty("amount").GetDecimal());
            Assert.Equal(VariantPrice(stored) * quantity, line.GetProperty("lineTotal").GetProperty("amount").GetDecimal());
            Assert.True(line.GetProperty("available").GetBoolean());
        }
    }

    [Fact]
    public async Task Unknown_draft_and_archived_products_bad_variants_and_quantities_0_or_100_are_refused_and_write_nothing()
    {
        var product = (await host.ActiveProductsAsync(1))[0];
        var draft = await host.ProductWithStatusAsync("draft");
        var archived = await host.ProductWithStatusAsync("archived");
        var cartId = await host.CreateCartAsync();
        (await host.AddLineAsync(cartId, product["_id"].AsString, Sku(product), 2)).Ok();
        var before = await StoredStateAsync(cartId);

        var attempts = new (string ProductId, string Sku, int Quantity, string Field)[]
        {
            ("no-such-product", "SKU-X", 1, "productId"),
            (draft["_id"].AsString, Sku(draft), 1, "productId"),
            (archived["_id"].AsString, Sku(archived), 1, "productId"),
            (product["_id"].AsString, "NOT-A-VARIANT", 1, "variantSku"),
            (product["_id"].AsString, Sku(product), 0, "quantity"),
            (product["_id"].AsString, Sku(product), 100, "quantity"),
            (product["_id"].AsString, Sku(product), -5, "quantity"),
            (product["_id"].AsString, Sku(product), 98, "quantity"),
        };
        foreach (var (productId, sku, quantity, field) in attempts)
        {
            var response = await host.AddLineAsync(cartId, productId, sku, quantity);
            Assert.Equal("VALIDATION_FAILED", response.Code());
            Assert.Equal(field, response.FirstError.GetProperty("extensions").GetProperty("fields")[0].GetProperty("field").GetString());
        }

        Assert.Equal(before, await StoredStateAsync(cartId));
    }

    [Fact]
    public async Task Update_remove_and_clear_change_the_lines_and_refresh_the_30_day_expiry()
    {
        var products = await host.ActiveProductsAsync(2);
        var cartId = await host.CreateCartAsync();
        (await host.AddLineAsync(cartId, products[0]["_id"].AsString, Sku(products[0]), 2)).Ok();
        (await host.AddLineAsync(cartId, products[1]["_id"].AsString, Sku(products[1]), 1)).Ok();
        var db = host.Redis.GetDatabase();
        await db.KeyExpireAsync($"{host.KeyPrefix}:cart:{cartId}:meta", TimeSpan.FromSeconds(100));
        await db.KeyExpireAsync($"{host.KeyPrefix}:cart:{cartId}:lines", TimeSpan.FromSeconds(100));

        var updated = await host.PostAsync(
            "mutation($c: ID!, $p: ID!, $s: String!) { updateCartLine(cartId: $c, productId: $p, variantSku: $s, quantity: 7) { itemCount } }",
            new { c = cartId, p = products[0]["_id"].AsString, s = Sku(products[0]) });
        Assert.Equal(8, updated.Ok().GetProperty("updateCartLine").GetProperty("itemCount").GetInt32());
        foreach (var key in new[] { "meta", "lines" })
        {
            var ttl = await db.KeyTimeToLiveAsync($"{host.KeyPrefix}:cart:{cartId}:{key}");
            Assert.True(ttl > TimeSpan.FromDays(29), $"{key}: {ttl}");
        }

        var missing = await host.PostAsync(
            "mutation($c: ID!, $p: ID!) { updateCartLine(cartId: $c, productId: $p, variantSku: \"NOPE\", quantity: 1) { itemCount } }",
            new { c = cartId, p = products[0]["_id"].AsString });
        Assert.Equal("NOT_FOUND", missing.Code());

        var removed = await host.PostAsync(
            "mutation($c: ID!, $p: ID!, $s: String!) { removeCartLine(cartId: $c, productId: $p, variantSku: $s) { itemCount lines { productId } } }",
            new { c = cartId, p = products[1]["_id"].AsString, s = Sku(products[1]) });
        Assert.Equal(7, removed.Ok().GetProperty("removeCartLine").GetProperty("itemCount").GetInt32());

        var cleared = await host.PostAsync("mutation($c: ID!) { clearCart(cartId: $c) { itemCount lines { productId } subtotal { amount } } }", new { c = cartId });
        var cart = cleared.Ok().GetProperty("clearCart");
        Assert.Equal(0, cart.GetProperty("itemCount").GetInt32());
        Assert.Equal(0, cart.GetProperty("lines").GetArrayLength());
        Assert.Equal(0m, cart.GetProperty("subtotal").GetProperty("amount").GetDecimal());
        Assert.False(await db.KeyExistsAsync($"{host.KeyPrefix}:cart:{cartId}:lines"));
    }

    [Fact]
    public async Task Unknown_and_malformed_cart_ids_are_not_found()
    {
        var product = (await host.ActiveProductsAsync(1))[0];
        foreach (var id in new[] { "AAAAAAAAAAAAAAAAAAAAAA", "x", "a:b:c", new string('z', 500) })
        {
            Assert.Equal("NOT_FOUND", (await host.PostAsync(CartQuery, new { id })).Code());
            Assert.Equal("NOT_FOUND", (await host.AddLineAsync(id, product["_id"].AsString, Sku(product), 1)).Code());
        }

        Assert.DoesNotContain(await host.CartKeysAsync(), k => k.Contains("AAAAAAAAAAAAAAAAAAAAAA", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_product_archived_after_it_was_added_stays_in_the_cart_unpriced_and_out_of_the_subtotal()
    {
        var products = await host.ActiveProductsAsync(60);
        var (keep, archive) = (products[55], products[56]);
        var cartId = await host.CreateCartAsync();
        (await host.AddLineAsync(cartId, keep["_id"].AsString, Sku(keep), 1)).Ok();
        (await host.AddLineAsync(cartId, archive["_id"].AsString, Sku(archive), 1)).Ok();
        await host.Products.UpdateOneAsync(new BsonDocument("_id", archive["_id"]), new BsonDocument("$set", new BsonDocument("status", "archived")));

        var cart = (await host.PostAsync(CartQuery, new { id = cartId })).Ok().GetProperty("cart");

        Assert.Equal(VariantPrice(keep), cart.GetProperty("subtotal").GetProperty("amount").GetDecimal());
        var line = cart.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("productId").GetString() == archive["_id"].AsString);
        Assert.False(line.GetProperty("available").GetBoolean());
        Assert.Equal(JsonValueKind.Null, line.GetProperty("unitPrice").ValueKind);
    }
}
