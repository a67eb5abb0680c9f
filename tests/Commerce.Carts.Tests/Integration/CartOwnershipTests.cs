using System.Text.Json;
using Commerce.Carts.Tests.Infrastructure;
using Commerce.Drivers.Mongo.Bson;

namespace Commerce.Carts.Tests.Integration;

public sealed class CartOwnershipTests(CartsHost host) : IClassFixture<CartsHost>
{
    private const string LinesQuery = "query($id: ID!) { cart(id: $id) { id itemCount lines { productId variantSku quantity } } }";

    private static string Sku(BsonDocument product) => product["variants"].AsBsonArray[0]["sku"].AsString;

    private static Dictionary<string, int> Lines(JsonElement cart) =>
        cart.GetProperty("lines").EnumerateArray().ToDictionary(l => l.GetProperty("productId").GetString()!, l => l.GetProperty("quantity").GetInt32());

    [Fact]
    public async Task Another_users_cart_is_not_found_for_reading_and_writing()
    {
        var product = (await host.ActiveProductsAsync(1))[0];
        var (ownerToken, _) = await host.SignUpAsync();
        var (otherToken, _) = await host.SignUpAsync();
        var cartId = await host.CreateCartAsync(ownerToken);
        (await host.AddLineAsync(cartId, product["_id"].AsString, Sku(product), 2, ownerToken)).Ok();

        Assert.Equal(2, (await host.PostAsync(LinesQuery, new { id = cartId }, ownerToken)).Ok().GetProperty("cart").GetProperty("itemCount").GetInt32());
        Assert.Equal("NOT_FOUND", (await host.PostAsync(LinesQuery, new { id = cartId }, otherToken)).Code());
        Assert.Equal("NOT_FOUND", (await host.PostAsync(LinesQuery, new { id = cartId })).Code());
        Assert.Equal("NOT_FOUND", (await host.AddLineAsync(cartId, product["_id"].AsString, Sku(product), 1, otherToken)).Code());
        Assert.Equal("NOT_FOUND", (await host.AddLineAsync(cartId, product["_id"].AsString, Sku(product), 1)).Code());
        Assert.Equal("NOT_FOUND", (await host.PostAsync("mutation($c: ID!) { clearCart(cartId: $c) { id } }", new { c = cartId }, otherToken)).Code());
        Assert.Equal(2, (await host.PostAsync(LinesQuery, new { id = cartId }, ownerToken)).Ok().GetProperty("cart").GetProperty("itemCount").GetInt32());
    }

    [Fact]
    public async Task A_signed_in_user_has_one_cart_which_createCart_returns_again()
    {
        var (token, _) = await host.SignUpAsync();
        var first = await host.CreateCartAsync(token);
        var second = await host.CreateCartAsync(token);

        Assert.Equal(first, second);
        Assert.Equal(first, (await host.PostAsync("{ myCart { id } }", token: token)).Ok().GetProperty("myCart").GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, (await host.PostAsync("{ myCart { id } }")).Ok().GetProperty("myCart").ValueKind);
    }

    [Fact]
    public async Task A_guest_cart_merges_into_the_users_cart_at_login_adding_quantities_capped_at_99()
    {
        var products = await host.ActiveProductsAsync(3);
        var (a, b, c) = (products[0], products[1], products[2]);
        var email = $"merge-{Guid.NewGuid():N}@example.org";
        const string password = "a merge test password";
        (await host.PostAsync("mutation($i: RegisterInput!) { register(input: $i) { id } }", new { i = new { email, password, name = "M" } })).Ok();
        var token = await host.LoginAsync(email, password, null);
        var userCart = await host.CreateCartAsync(token);
        (await host.AddLineAsync(userCart, a["_id"].AsString, Sku(a), 2, token)).Ok();
        (await host.AddLineAsync(userCart, c["_id"].AsString, Sku(c), 60, token)).Ok();

        var guestCart = await host.CreateCartAsync();
        (await host.AddLineAsync(guestCart, a["_id"].AsString, Sku(a), 3)).Ok();
        (await host.AddLineAsync(guestCart, b["_id"].AsString, Sku(b), 1)).Ok();
        (await host.AddLineAsync(guestCart, c["_id"].AsString, Sku(c), 60)).Ok();

        var login = (await host.PostAsync(
            "mutation($e: String!, $p: String!, $c: ID) { login(email: $e, password: $p, cartId: $c) { token cart { id lines { productId quantity } } } }",
            new { e = email, p = password, c = guestCart })).Ok().GetProperty("login");

        var cart = login.GetProperty("cart");
        Assert.Equal(userCart, cart.GetProperty("id").GetString());
        Assert.Equal(
            new Dictionary<string, int> { [a["_id"].AsString] = 5, [b["_id"].AsString] = 1, [c["_id"].AsString] = 99 },
            Lines(cart));
        Assert.Equal("NOT_FOUND", (await host.PostAsync(LinesQuery, new { id = guestCart })).Code());
        Assert.DoesNotContain(await host.CartKeysAsync(), k => k.Contains(guestCart, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_user_without_a_cart_takes_over_the_guest_cart_at_login()
    {
        var product = (await host.ActiveProductsAsync(1))[0];
        var guestCart = await host.CreateCartAsync();
        (await host.AddLineAsync(guestCart, product["_id"].AsString, Sku(product), 4)).Ok();

        var (token, _) = await host.SignUpAsync(guestCart);

        var mine = (await host.PostAsync("{ myCart { id itemCount } }", token: token)).Ok().GetProperty("myCart");
        Assert.Equal(guestCart, mine.GetProperty("id").GetString());
        Assert.Equal(4, mine.GetProperty("itemCount").GetInt32());
        // Now owned: the id alone no longer opens it.
        Assert.Equal("NOT_FOUND", (await host.PostAsync(LinesQuery, new { id = guestCart })).Code());
    }

    [Fact]
    public async Task Logging_in_with_someone_elses_cart_id_changes_nothing()
    {
        var product = (await host.ActiveProductsAsync(1))[0];
        var (ownerToken, _) = await host.SignUpAsync();
        var ownedCart = await host.CreateCartAsync(ownerToken);
        (await host.AddLineAsync(ownedCart, product["_id"].AsString, Sku(product), 2, ownerToken)).Ok();

        var (intruderToken, _) = await host.SignUpAsync(ownedCart);

        Assert.Equal(JsonValueKind.Null, (await host.PostAsync("{ myCart { id } }", token: intruderToken)).Ok().GetProperty("myCart").ValueKind);
        Assert.Equal(2, (await host.PostAsync(LinesQuery, new { id = ownedCart }, ownerToken)).Ok().GetProperty("cart").GetProperty("itemCount").GetInt32());
    }
}
