using System.Text.Json;
using Commerce.Drivers.Mongo;
using Commerce.Orders.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Orders.Tests.Integration;

/// <summary>Through the real HTTP host: register, fill a cart, check out, see the order, see the event delivered after a handler failure.</summary>
public sealed class CheckoutEndToEndTests : IClassFixture<GraphHost>
{
    private const string Checkout = """
        mutation($i: CheckoutInput!) {
          checkout(input: $i) { id number status subtotal total currency lines { variantSku quantity unitPrice lineTotal product { id } } payments { amount status gateway } }
        }
        """;

    private readonly GraphHost _host;

    public CheckoutEndToEndTests(GraphHost host) => _host = host;

    private static object Address => new { name = "Grace Hopper", line1 = "1 Navy Way", city = "Arlington", postalCode = "22202", country = "us" };

    private static object Input(string cartId, string token, string key) =>
        new { i = new { cartId, shippingAddress = Address, billingAddress = Address, payment = new { method = "card", token }, idempotencyKey = key } };

    private async Task<string> FillCartAsync(string token, string productId, string sku, int quantity)
    {
        var cart = await _host.DataAsync("mutation { createCart { id } }", token: token);
        var cartId = cart.GetProperty("createCart").GetProperty("id").GetString()!;
        await _host.DataAsync(
            "mutation($c: ID!, $p: ID!, $s: String!, $q: Int!) { addCartLine(cartId: $c, productId: $p, variantSku: $s, quantity: $q) { id } }",
            new { c = cartId, p = productId, s = sku, q = quantity }, token);
        return cartId;
    }

    [Fact]
    public async Task Register_fill_cart_checkout_see_the_order_and_its_event_delivered_after_a_failure()
    {
        var (_, token) = await _host.SignUpAsync();
        var (productId, sku, price) = (await _host.VariantsAsync(1))[0];
        var stockBefore = await _host.ScalarAsync<int>("SELECT quantity FROM stock_levels WHERE sku = $1", sku);
        var cartId = await FillCartAsync(token, productId, sku, 2);

        var placed = (await _host.DataAsync(Checkout, Input(cartId, "tok_approve", "e2e-" + Guid.NewGuid()), token)).GetProperty("checkout");

        var number = placed.GetProperty("number").GetString()!;
        Assert.Equal("PENDING", placed.GetProperty("status").GetString());
        Assert.Equal(price * 2, placed.GetProperty("total").GetDecimal());
        Assert.Equal(sku, placed.GetProperty("lines")[0].GetProperty("variantSku").GetString());
        Assert.Equal(productId, placed.GetProperty("lines")[0].GetProperty("product").GetProperty("id").GetString());
        Assert.Equal("AUTHORIZED", placed.GetProperty("payments")[0].GetProperty("status").GetString());
        Assert.Equal(stockBefore - 2, await _host.ScalarAsync<int>("SELECT quantity FROM stock_levels WHERE sku = $1", sku));
        var cart = await _host.DataAsync("query($c: ID!) { cart(id: $c) { itemCount } }", new { c = cartId }, token);
        Assert.Equal(0, cart.GetProperty("cart").GetProperty("itemCount").GetInt32());

        var mine = await _host.DataAsync("{ me { orders(first: 10) { totalCount nodes { number } } } }", token: token);
        Assert.Equal(1, mine.GetProperty("me").GetProperty("orders").GetProperty("totalCount").GetInt32());
        Assert.Equal(number, mine.GetProperty("me").GetProperty("orders").GetProperty("nodes")[0].GetProperty("number").GetString());

        JsonElement sync = default;
        for (var poll = 0; poll < 200; poll++)
        {
            sync = (await _host.DataAsync("query($n: String!) { order(number: $n) { sync { handler delivered deliveredAt attempts lastError } } }", new { n = number }, token))
                .GetProperty("order").GetProperty("sync");
            if (sync.GetArrayLength() == 1 && sync[0].GetProperty("delivered").GetBoolean())
            {
                break;
            }

            await Task.Delay(50);
        }

        Assert.Equal("e2e-search", sync[0].GetProperty("handler").GetString());
        Assert.True(sync[0].GetProperty("delivered").GetBoolean(), sync.ToString());
        Assert.Equal(2, sync[0].GetProperty("attempts").GetInt32());
        Assert.NotEqual(JsonValueKind.Null, sync[0].GetProperty("deliveredAt").ValueKind);
        var orderId = placed.GetProperty("id").GetString()!;
        var delivered = Assert.Single(_host.Handler.Delivered, m => m.AggregateId == orderId);
        Assert.Equal(OutboxMessageTypes.OrderPlaced, delivered.Type);
        Assert.Equal(number, delivered.Payload.GetProperty("number").GetString());
    }

    [Fact]
    public async Task A_replayed_key_returns_the_same_order_and_a_declined_card_is_a_coded_error()
    {
        var (_, token) = await _host.SignUpAsync();
        var (productId, sku, _) = (await _host.VariantsAsync(2))[1];
        var cartId = await FillCartAsync(token, productId, sku, 1);

        var declined = await _host.PostAsync(Checkout, Input(cartId, "tok_decline", "e2e-" + Guid.NewGuid()), token);
        Assert.Equal("PAYMENT_DECLINED", GraphHost.ErrorCode(declined));
        var cart = await _host.DataAsync("query($c: ID!) { cart(id: $c) { itemCount } }", new { c = cartId }, token);
        Assert.Equal(1, cart.GetProperty("cart").GetProperty("itemCount").GetInt32());

        var key = "e2e-" + Guid.NewGuid();
        var first = (await _host.DataAsync(Checkout, Input(cartId, "tok_approve", key), token)).GetProperty("checkout").GetProperty("number").GetString();
        var again = (await _host.DataAsync(Checkout, Input(cartId, "tok_approve", key), token)).GetProperty("checkout").GetProperty("number").GetString();
        Assert.Equal(first, again);
        Assert.Equal(1L, await _host.ScalarAsync<long>("SELECT count(*) FROM orders WHERE idempotency_key = $1", key));
    }

    [Fact]
    public async Task Someone_elses_order_is_NOT_FOUND_and_admin_operations_are_refused_to_customers()
    {
        var (_, owner) = await _host.SignUpAsync();
        var (_, stranger) = await _host.SignUpAsync();
        var (productId, sku, _) = (await _host.VariantsAsync(3))[2];
        var cartId = await FillCartAsync(owner, productId, sku, 1);
        var number = (await _host.DataAsync(Checkout, Input(cartId, "tok_approve", "e2e-" + Guid.NewGuid()), owner)).GetProperty("checkout").GetProperty("number").GetString();

        Assert.Equal("NOT_FOUND", GraphHost.ErrorCode(await _host.PostAsync("query($n: String!) { order(number: $n) { number } }", new { n = number }, stranger)));
        Assert.Equal("FORBIDDEN", GraphHost.ErrorCode(await _host.PostAsync("{ orders(first: 5) { totalCount } }", token: stranger)));
        Assert.Equal("FORBIDDEN", GraphHost.ErrorCode(await _host.PostAsync("mutation { setStock(sku: \"X\", quantity: 5) { quantity } }", token: stranger)));
        Assert.Equal("UNAUTHENTICATED", GraphHost.ErrorCode(await _host.PostAsync("{ myOrders { totalCount } }")));

        var (_, admin) = await _host.LoginAsync(_host.AdminEmail);
        var all = await _host.DataAsync("query($n: String!) { orders(first: 100) { totalCount } order(number: $n) { number } }", new { n = number }, admin);
        Assert.True(all.GetProperty("orders").GetProperty("totalCount").GetInt32() >= 1);
        Assert.Equal(number, all.GetProperty("order").GetProperty("number").GetString());
    }

    [Fact]
    public async Task The_stock_seeder_gives_every_catalog_sku_a_level_once()
    {
        var catalog = _host.Services.GetRequiredService<Commerce.Catalog.CatalogDatabase>();
        var products = await catalog.Products.FindAsync(Commerce.Drivers.Mongo.Filter.Empty).ToListAsync();
        var skus = products.SelectMany(p => p.Variants.Count > 0 ? p.Variants.Select(v => v.Sku) : [p.Sku]).Distinct().ToList();

        var insertedAgain = await _host.Services.GetRequiredService<StockSeeder>().SeedAsync(20);

        Assert.Equal(0, insertedAgain);
        Assert.Equal(skus.Count, (int)await _host.ScalarAsync<long>("SELECT count(*) FROM stock_levels WHERE sku = ANY($1)", new object[] { skus.ToArray() }));
    }

    [Theory]
    [InlineData("{ myOrders(first: 5, after: \"garbage\") { totalCount } }", "VALIDATION_FAILED")]
    [InlineData("{ myOrders(first: 1000) { totalCount } }", "VALIDATION_FAILED")]
    [InlineData("mutation { checkout(input: {cartId: \"nope\", shippingAddress: {name: \"a\", line1: \"b\", city: \"c\", postalCode: \"d\", country: \"GB\"}, billingAddress: {name: \"a\", line1: \"b\", city: \"c\", postalCode: \"d\", country: \"GB\"}, payment: {method: \"card\", token: \"tok_approve\"}, idempotencyKey: \"k-nope\"}) { number } }", "NOT_FOUND")]
    [InlineData("mutation { cancelOrder(number: \"CG-0000-000000\") { number } }", "NOT_FOUND")]
    public async Task Bad_input_is_a_coded_error_never_a_500(string query, string code)
    {
        var (_, token) = await _host.SignUpAsync();

        Assert.Equal(code, GraphHost.ErrorCode(await _host.PostAsync(query, token: token)));
    }
}
