using System.Globalization;
using System.Text.Json;
using Commerce.Orders.Tests.Infrastructure;

namespace Commerce.Orders.Tests.Integration;

/// <summary>
/// <c>capturePayment</c> and <c>refundPayment</c> through the real HTTP host, after a real checkout; every outcome is
/// checked again in the rows with the test's own SQL.
/// </summary>
public sealed class PaymentMutationsOverHttpTests(GraphHost host) : IClassFixture<GraphHost>
{
    private const string Capture = "mutation($p: ID!) { capturePayment(paymentId: $p) { id status capturedAmount refundedAmount } }";
    private const string Refund = "mutation($p: ID!, $a: Decimal!) { refundPayment(paymentId: $p, amount: $a, reason: \"test\") { id amount paymentId } }";

    private sealed record CheckedOut(Guid OrderId, Guid PaymentId, decimal Total);

    private static object Address => new { name = "Grace Hopper", line1 = "1 Navy Way", city = "Arlington", postalCode = "22202", country = "us" };

    private static string Money(decimal amount) => amount.ToString(CultureInfo.InvariantCulture);

    /// <summary>A customer's cart checked out through the graph; the order's and payment's ids and total as the rows hold them.</summary>
    private async Task<CheckedOut> CheckOutAsync(string token, int quantity = 3)
    {
        var (productId, sku, _) = (await host.VariantsAsync(1))[0];
        var cartId = (await host.DataAsync("mutation { createCart { id } }", token: token)).GetProperty("createCart").GetProperty("id").GetString()!;
        await host.DataAsync(
            "mutation($c: ID!, $p: ID!, $s: String!, $q: Int!) { addCartLine(cartId: $c, productId: $p, variantSku: $s, quantity: $q) { id } }",
            new { c = cartId, p = productId, s = sku, q = quantity }, token);
        var input = new { i = new { cartId, shippingAddress = Address, billingAddress = Address, payment = new { method = "card", token = "tok_approve" }, idempotencyKey = "pay-" + Guid.NewGuid() } };
        var number = (await host.DataAsync("mutation($i: CheckoutInput!) { checkout(input: $i) { number } }", input, token)).GetProperty("checkout").GetProperty("number").GetString()!;
        var orderId = await host.ScalarAsync<Guid>("SELECT id FROM orders WHERE number = $1", number);
        return new CheckedOut(
            orderId,
            await host.ScalarAsync<Guid>("SELECT id FROM payments WHERE order_id = $1", orderId),
            await host.ScalarAsync<decimal>("SELECT total FROM orders WHERE id = $1", orderId));
    }

    private async Task<string> AdminAsync() => (await host.LoginAsync(host.AdminEmail)).Token;

    private Task<string> PaymentStatusAsync(Guid paymentId) => host.ScalarAsync<string>("SELECT status FROM payments WHERE id = $1", paymentId);

    private Task<string> RefundRowsAsync(Guid paymentId) =>
        host.ScalarAsync<string>("SELECT count(*) || ':' || coalesce(sum(amount), 0)::text FROM refunds WHERE payment_id = $1", paymentId);

    [Fact]
    public async Task An_admin_captures_the_payment_of_a_checked_out_order_and_the_order_is_paid()
    {
        var (_, customer) = await host.SignUpAsync();
        var order = await CheckOutAsync(customer);

        var captured = (await host.DataAsync(Capture, new { p = order.PaymentId.ToString() }, await AdminAsync())).GetProperty("capturePayment");

        Assert.Equal("CAPTURED", captured.GetProperty("status").GetString());
        Assert.Equal(order.Total, captured.GetProperty("capturedAmount").GetDecimal());
        Assert.Equal("captured", await PaymentStatusAsync(order.PaymentId));
        Assert.Equal(order.Total, await host.ScalarAsync<decimal>("SELECT captured_amount FROM payments WHERE id = $1", order.PaymentId));
        Assert.Equal("paid", await host.ScalarAsync<string>("SELECT status FROM orders WHERE id = $1", order.OrderId));
        Assert.Equal(1L, await host.ScalarAsync<long>("SELECT count(*) FROM outbox WHERE aggregate_id = $1 AND type = 'OrderPaid'", order.OrderId.ToString()));
    }

    [Fact]
    public async Task Partial_refunds_add_up_to_the_capture_and_a_cent_more_is_refused_without_changing_anything()
    {
        var (_, customer) = await host.SignUpAsync();
        var order = await CheckOutAsync(customer);
        var admin = await AdminAsync();
        await host.DataAsync(Capture, new { p = order.PaymentId.ToString() }, admin);
        var third = decimal.Round(order.Total / 3, 2, MidpointRounding.ToZero);
        var parts = new[] { third, third, order.Total - third - third };
        Assert.True(third > 0m && parts.Sum() == order.Total);

        // Two thirds, then the last part plus one cent (too much), then the last part exactly, then one cent more.
        foreach (var part in parts[..2])
        {
            var refund = (await host.DataAsync(Refund, new { p = order.PaymentId.ToString(), a = Money(part) }, admin)).GetProperty("refundPayment");
            Assert.Equal(part, refund.GetProperty("amount").GetDecimal());
        }

        var tooMuch = await host.PostAsync(Refund, new { p = order.PaymentId.ToString(), a = Money(parts[2] + 0.01m) }, admin);
        Assert.Equal(OrderErrorCodes.RefundExceedsCapture, GraphHost.ErrorCode(tooMuch));
        Assert.Equal($"2:{Money(parts[0] + parts[1])}", await RefundRowsAsync(order.PaymentId));
        Assert.Equal("partially_refunded", await PaymentStatusAsync(order.PaymentId));

        await host.DataAsync(Refund, new { p = order.PaymentId.ToString(), a = Money(parts[2]) }, admin);
        var oneCentMore = await host.PostAsync(Refund, new { p = order.PaymentId.ToString(), a = "0.01" }, admin);

        // A fully refunded payment is in a state that takes no refund at all, whatever the amount.
        Assert.Equal(OrderErrorCodes.InvalidState, GraphHost.ErrorCode(oneCentMore));
        Assert.Equal(JsonValueKind.Null, oneCentMore.GetProperty("data").ValueKind);
        Assert.Equal($"3:{Money(order.Total)}", await RefundRowsAsync(order.PaymentId));
        Assert.Equal(order.Total, await host.ScalarAsync<decimal>("SELECT refunded_amount FROM payments WHERE id = $1", order.PaymentId));
        Assert.Equal("refunded", await PaymentStatusAsync(order.PaymentId));
        Assert.Equal("refunded", await host.ScalarAsync<string>("SELECT status FROM orders WHERE id = $1", order.OrderId));
        Assert.Equal(3L, await host.ScalarAsync<long>("SELECT count(*) FROM outbox WHERE aggregate_id = $1 AND type = 'PaymentRefunded'", order.OrderId.ToString()));
    }

    [Fact]
    public async Task Refunding_a_payment_that_was_never_captured_is_refused_with_INVALID_STATE()
    {
        var (_, customer) = await host.SignUpAsync();
        var order = await CheckOutAsync(customer);

        var response = await host.PostAsync(Refund, new { p = order.PaymentId.ToString(), a = "1.00" }, await AdminAsync());

        Assert.Equal(OrderErrorCodes.InvalidState, GraphHost.ErrorCode(response));
        Assert.Equal("0:0", await RefundRowsAsync(order.PaymentId));
        Assert.Equal("authorized", await PaymentStatusAsync(order.PaymentId));
        Assert.Equal("pending", await host.ScalarAsync<string>("SELECT status FROM orders WHERE id = $1", order.OrderId));
    }

    [Fact]
    public async Task Customers_even_the_owner_may_neither_capture_nor_refund_and_anonymous_callers_must_sign_in()
    {
        var (_, owner) = await host.SignUpAsync();
        var (_, stranger) = await host.SignUpAsync();
        var order = await CheckOutAsync(owner);
        var admin = await AdminAsync();

        foreach (var token in new[] { owner, stranger })
        {
            Assert.Equal(OrderErrorCodes.Forbidden, GraphHost.ErrorCode(await host.PostAsync(Capture, new { p = order.PaymentId.ToString() }, token)));
        }

        Assert.Equal(OrderErrorCodes.Unauthenticated, GraphHost.ErrorCode(await host.PostAsync(Capture, new { p = order.PaymentId.ToString() })));
        Assert.Equal("authorized", await PaymentStatusAsync(order.PaymentId));

        await host.DataAsync(Capture, new { p = order.PaymentId.ToString() }, admin);
        foreach (var token in new[] { owner, stranger })
        {
            Assert.Equal(OrderErrorCodes.Forbidden, GraphHost.ErrorCode(await host.PostAsync(Refund, new { p = order.PaymentId.ToString(), a = "1.00" }, token)));
        }

        Assert.Equal(OrderErrorCodes.Unauthenticated, GraphHost.ErrorCode(await host.PostAsync(Refund, new { p = order.PaymentId.ToString(), a = "1.00" })));
        Assert.Equal("0:0", await RefundRowsAsync(order.PaymentId));
        Assert.Equal("captured", await PaymentStatusAsync(order.PaymentId));
    }
}
