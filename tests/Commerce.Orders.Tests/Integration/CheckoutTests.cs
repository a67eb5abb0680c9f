using Commerce.Orders.Tests.Infrastructure;
using static Commerce.Orders.Tests.Infrastructure.Requests;

namespace Commerce.Orders.Tests.Integration;

/// <summary>The transactional core of checkout against the real PostgreSQL: stock, idempotency, rollback, money.</summary>
public sealed class CheckoutTests : IClassFixture<OrdersStore>
{
    private readonly OrdersStore _store;

    public CheckoutTests(OrdersStore store) => _store = store;

    private OrderPlacement Placement => _store.Get<OrderPlacement>();

    [Fact]
    public async Task Twenty_concurrent_checkouts_of_five_units_make_exactly_five_orders()
    {
        var sku = "LAST-" + Guid.NewGuid().ToString("N")[..8];
        await _store.PutStockAsync(sku, 5);

        var attempts = Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
        {
            try
            {
                return (Order: (await Placement.PlaceAsync(Place(Guid.NewGuid(), $"{sku}-{i}", TestPaymentGateway.ApproveToken, Line(sku, 9.99m)))).Order, Error: (string?)null);
            }
            catch (OrderException e)
            {
                return (Order: (Order?)null, Error: e.Code);
            }
        })).ToList();
        var results = await Task.WhenAll(attempts);

        Assert.Equal(5, results.Count(r => r.Order is not null));
        Assert.All(results.Where(r => r.Order is null), r => Assert.Equal(OrderErrorCodes.OutOfStock, r.Error));
        Assert.Equal(0, await _store.StockAsync(sku));
        Assert.Equal(5L, await _store.ScalarAsync<long>("SELECT count(DISTINCT o.id) FROM orders o JOIN order_lines l ON l.order_id = o.id WHERE l.variant_sku = $1", sku));
        Assert.Equal(5L, await _store.ScalarAsync<long>("SELECT count(*) FROM payments p JOIN order_lines l ON l.order_id = p.order_id WHERE l.variant_sku = $1", sku));
        Assert.Equal(-5L, await _store.ScalarAsync<long>("SELECT sum(delta) FROM stock_movements WHERE sku = $1", sku));
    }

    [Fact]
    public async Task The_same_idempotency_key_ten_times_concurrently_makes_one_order_and_one_payment()
    {
        var sku = "IDEM-" + Guid.NewGuid().ToString("N")[..8];
        await _store.PutStockAsync(sku, 50);
        var customer = Guid.NewGuid();
        var key = "key-" + Guid.NewGuid();

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() =>
            Placement.PlaceAsync(Place(customer, key, TestPaymentGateway.ApproveToken, Line(sku, 4.50m, 2))))));

        Assert.Single(results.Select(r => r.Order.Id).Distinct());
        Assert.Single(results, r => r.Created);
        Assert.Equal(1L, await _store.ScalarAsync<long>("SELECT count(*) FROM orders WHERE idempotency_key = $1", key));
        Assert.Equal(1L, await _store.ScalarAsync<long>("SELECT count(*) FROM payments WHERE idempotency_key = $1", key));
        Assert.Equal(48, await _store.StockAsync(sku));

        var later = await Placement.PlaceAsync(Place(customer, key, TestPaymentGateway.ApproveToken, Line(sku, 4.50m, 2)));
        Assert.False(later.Created);
        Assert.Equal(results[0].Order.Number, later.Order.Number);
    }

    [Theory]
    [InlineData(TestPaymentGateway.DeclineToken, OrderErrorCodes.PaymentDeclined)]
    [InlineData(TestPaymentGateway.TransientToken, OrderErrorCodes.PaymentUnavailable)]
    public async Task A_failed_payment_leaves_no_order_no_stock_movement_and_no_payment(string token, string code)
    {
        var sku = "DECL-" + Guid.NewGuid().ToString("N")[..8];
        await _store.PutStockAsync(sku, 3);
        var key = "key-" + Guid.NewGuid();

        var error = await Assert.ThrowsAsync<OrderException>(() => Placement.PlaceAsync(Place(Guid.NewGuid(), key, token, Line(sku, 20m, 2))));

        Assert.Equal(code, error.Code);
        Assert.Equal(3, await _store.StockAsync(sku));
        Assert.Equal(0L, await _store.ScalarAsync<long>("SELECT count(*) FROM orders WHERE idempotency_key = $1", key));
        Assert.Equal(0L, await _store.ScalarAsync<long>("SELECT count(*) FROM payments WHERE idempotency_key = $1", key));
        Assert.Equal(0L, await _store.ScalarAsync<long>("SELECT count(*) FROM stock_movements WHERE sku = $1", sku));
        Assert.Equal(0L, await _store.ScalarAsync<long>("SELECT count(*) FROM order_lines WHERE variant_sku = $1", sku));
    }

    [Fact]
    public async Task Out_of_stock_names_the_sku_and_rolls_back_the_skus_already_reserved()
    {
        var plenty = "A-" + Guid.NewGuid().ToString("N")[..8];
        var scarce = "B-" + Guid.NewGuid().ToString("N")[..8];
        await _store.PutStockAsync(plenty, 10);
        await _store.PutStockAsync(scarce, 1);

        var error = await Assert.ThrowsAsync<OrderException>(() => Placement.PlaceAsync(
            Place(Guid.NewGuid(), "key-" + Guid.NewGuid(), TestPaymentGateway.ApproveToken, Line(plenty, 1m, 3), Line(scarce, 1m, 2))));

        Assert.Equal(OrderErrorCodes.OutOfStock, error.Code);
        Assert.Contains(scarce, error.Message);
        Assert.Equal(10, await _store.StockAsync(plenty));
        Assert.Equal(1, await _store.StockAsync(scarce));
    }

    [Fact]
    public async Task Money_sums_are_exact_in_decimal()
    {
        var skus = Enumerable.Range(0, 3).Select(i => $"DIME{i}-" + Guid.NewGuid().ToString("N")[..8]).ToArray();
        foreach (var sku in skus)
        {
            await _store.PutStockAsync(sku, 5);
        }

        var placed = await Placement.PlaceAsync(Place(Guid.NewGuid(), "key-" + Guid.NewGuid(), TestPaymentGateway.ApproveToken,
            Line(skus[0], 0.1m), Line(skus[1], 0.1m), Line(skus[2], 0.1m)));

        // PostgreSQL's own numeric arithmetic and text rendering, independent of our decimal.
        Assert.Equal("0.30", await _store.ScalarAsync<string>("SELECT subtotal::text FROM orders WHERE id = $1", placed.Order.Id));
        Assert.Equal("0.30", await _store.ScalarAsync<string>("SELECT sum(line_total)::text FROM order_lines WHERE order_id = $1", placed.Order.Id));
        Assert.Equal("0.30", await _store.ScalarAsync<string>("SELECT amount::text FROM payments WHERE order_id = $1", placed.Order.Id));
        Assert.Equal(0.3m, placed.Order.Total);
        Assert.NotEqual(0.3, 0.1 + 0.1 + 0.1);
    }

    [Fact]
    public async Task A_placed_order_has_a_numbered_row_lines_payment_ledger_and_OrderPlaced_event()
    {
        var sku = "FULL-" + Guid.NewGuid().ToString("N")[..8];
        await _store.PutStockAsync(sku, 7);
        var customer = Guid.NewGuid();

        var order = (await Placement.PlaceAsync(Place(customer, "key-" + Guid.NewGuid(), TestPaymentGateway.ApproveToken, Line(sku, 12.34m, 3)))).Order;

        Assert.Matches(@"^CG-\d{4}-\d{6}$", order.Number);
        Assert.Equal("pending", await _store.ScalarAsync<string>("SELECT status FROM orders WHERE number = $1", order.Number));
        Assert.Equal("37.02", await _store.ScalarAsync<string>("SELECT total::text FROM orders WHERE number = $1", order.Number));
        Assert.Equal("authorized", await _store.ScalarAsync<string>("SELECT status FROM payments WHERE order_id = $1", order.Id));
        Assert.Equal(4, await _store.StockAsync(sku));
        Assert.Equal("checkout", await _store.ScalarAsync<string>("SELECT reason FROM stock_movements WHERE order_id = $1", order.Id));
        Assert.Equal("OrderPlaced", await _store.ScalarAsync<string>("SELECT type FROM outbox WHERE aggregate_id = $1", order.Id.ToString()));
        Assert.Equal(order.Number, await _store.ScalarAsync<string>("SELECT payload->>'number' FROM outbox WHERE aggregate_id = $1", order.Id.ToString()));
    }

    [Fact]
    public async Task A_key_used_by_another_customer_is_refused()
    {
        var sku = "OTHER-" + Guid.NewGuid().ToString("N")[..8];
        await _store.PutStockAsync(sku, 5);
        var key = "key-" + Guid.NewGuid();
        await Placement.PlaceAsync(Place(Guid.NewGuid(), key, TestPaymentGateway.ApproveToken, Line(sku, 1m)));

        var error = await Assert.ThrowsAsync<OrderException>(() => Placement.PlaceAsync(Place(Guid.NewGuid(), key, TestPaymentGateway.ApproveToken, Line(sku, 1m))));

        Assert.Equal(OrderErrorCodes.ValidationFailed, error.Code);
        Assert.Equal(4, await _store.StockAsync(sku));
    }
}
