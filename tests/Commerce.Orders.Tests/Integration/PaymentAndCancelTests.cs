using Commerce.Orders.Tests.Infrastructure;
using static Commerce.Orders.Tests.Infrastructure.Requests;

namespace Commerce.Orders.Tests.Integration;

/// <summary>Capture, refunds (never beyond the capture, even concurrently), cancellation and stock operations.</summary>
public sealed class PaymentAndCancelTests : IClassFixture<OrdersStore>
{
    private readonly OrdersStore _store;

    public PaymentAndCancelTests(OrdersStore store) => _store = store;

    private async Task<(Order Order, Guid PaymentId)> PlaceAsync(decimal price, int quantity = 1)
    {
        var sku = "PAY-" + Guid.NewGuid().ToString("N")[..8];
        await _store.PutStockAsync(sku, 10);
        var order = (await _store.Get<OrderPlacement>().PlaceAsync(Place(Guid.NewGuid(), "key-" + Guid.NewGuid(), TestPaymentGateway.ApproveToken, Line(sku, price, quantity)))).Order;
        var paymentId = await _store.ScalarAsync<Guid>("SELECT id FROM payments WHERE order_id = $1", order.Id);
        return (order, paymentId);
    }

    [Fact]
    public async Task Refunds_cannot_exceed_the_capture()
    {
        var (order, paymentId) = await PlaceAsync(10m);
        var payments = _store.Get<PaymentOperations>();
        await payments.CaptureAsync(paymentId, null);
        Assert.Equal("paid", await _store.ScalarAsync<string>("SELECT status FROM orders WHERE id = $1", order.Id));

        await payments.RefundAsync(paymentId, 6m, "damaged");
        var error = await Assert.ThrowsAsync<OrderException>(() => payments.RefundAsync(paymentId, 4.01m, null));
        Assert.Equal(OrderErrorCodes.RefundExceedsCapture, error.Code);
        await payments.RefundAsync(paymentId, 4m, null);

        Assert.Equal("10.00", await _store.ScalarAsync<string>("SELECT sum(amount)::text FROM refunds WHERE payment_id = $1", paymentId));
        Assert.Equal("refunded", await _store.ScalarAsync<string>("SELECT status FROM payments WHERE id = $1", paymentId));
        Assert.Equal("refunded", await _store.ScalarAsync<string>("SELECT status FROM orders WHERE id = $1", order.Id));
        Assert.Equal(2L, await _store.ScalarAsync<long>("SELECT count(*) FROM outbox WHERE aggregate_id = $1 AND type = 'PaymentRefunded'", order.Id.ToString()));
    }

    [Fact]
    public async Task Concurrent_refunds_together_never_exceed_the_capture()
    {
        var (_, paymentId) = await PlaceAsync(10m);
        var payments = _store.Get<PaymentOperations>();
        await payments.CaptureAsync(paymentId, null);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(async () =>
        {
            try
            {
                await payments.RefundAsync(paymentId, 3m, null);
                return null;
            }
            catch (OrderException e)
            {
                return e.Code;
            }
        })));

        Assert.Equal(3, outcomes.Count(o => o is null));
        Assert.All(outcomes.Where(o => o is not null), o => Assert.Equal(OrderErrorCodes.RefundExceedsCapture, o));
        Assert.Equal("9.00", await _store.ScalarAsync<string>("SELECT sum(amount)::text FROM refunds WHERE payment_id = $1", paymentId));
        Assert.Equal("9.00", await _store.ScalarAsync<string>("SELECT refunded_amount::text FROM payments WHERE id = $1", paymentId));
    }

    [Fact]
    public async Task A_refund_retried_with_its_idempotency_key_refunds_once_even_when_the_retries_race()
    {
        var (order, paymentId) = await PlaceAsync(10m);
        var payments = _store.Get<PaymentOperations>();
        await payments.CaptureAsync(paymentId, null);

        var refunds = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => payments.RefundAsync(paymentId, 3m, "late", "refund-1"))));

        Assert.Single(refunds.Select(r => r.Id).Distinct());
        Assert.Equal(1L, await _store.ScalarAsync<long>("SELECT count(*) FROM refunds WHERE payment_id = $1", paymentId));
        Assert.Equal("3.00", await _store.ScalarAsync<string>("SELECT refunded_amount::text FROM payments WHERE id = $1", paymentId));
        Assert.Equal(1L, await _store.ScalarAsync<long>("SELECT count(*) FROM outbox WHERE aggregate_id = $1 AND type = 'PaymentRefunded'", order.Id.ToString()));

        var reused = await Assert.ThrowsAsync<OrderException>(() => payments.RefundAsync(paymentId, 4m, null, "refund-1"));
        Assert.Equal(OrderErrorCodes.ValidationFailed, reused.Code);
        await payments.RefundAsync(paymentId, 4m, null, "refund-2");
        Assert.Equal("7.00", await _store.ScalarAsync<string>("SELECT sum(amount)::text FROM refunds WHERE payment_id = $1", paymentId));
    }

    [Fact]
    public async Task An_uncaptured_payment_cannot_be_refunded_and_a_capture_cannot_exceed_the_authorization()
    {
        var (_, paymentId) = await PlaceAsync(5m);
        var payments = _store.Get<PaymentOperations>();

        Assert.Equal(OrderErrorCodes.InvalidState, (await Assert.ThrowsAsync<OrderException>(() => payments.RefundAsync(paymentId, 1m, null))).Code);
        Assert.Equal(OrderErrorCodes.ValidationFailed, (await Assert.ThrowsAsync<OrderException>(() => payments.CaptureAsync(paymentId, 5.01m))).Code);
        Assert.Equal(0L, await _store.ScalarAsync<long>("SELECT count(*) FROM refunds WHERE payment_id = $1", paymentId));
        Assert.Equal("authorized", await _store.ScalarAsync<string>("SELECT status FROM payments WHERE id = $1", paymentId));
    }

    [Fact]
    public async Task Cancelling_a_pending_order_returns_stock_voids_the_payment_and_writes_OrderCancelled()
    {
        var (order, paymentId) = await PlaceAsync(2.5m, 4);
        var sku = await _store.ScalarAsync<string>("SELECT variant_sku FROM order_lines WHERE order_id = $1", order.Id);
        Assert.Equal(6, await _store.StockAsync(sku));

        await _store.Get<OrderCancellation>().CancelAsync(order.Id);

        Assert.Equal(10, await _store.StockAsync(sku));
        Assert.Equal("cancelled", await _store.ScalarAsync<string>("SELECT status FROM orders WHERE id = $1", order.Id));
        Assert.Equal("voided", await _store.ScalarAsync<string>("SELECT status FROM payments WHERE id = $1", paymentId));
        Assert.Equal(0L, await _store.ScalarAsync<long>("SELECT sum(delta) FROM stock_movements WHERE order_id = $1", order.Id));
        Assert.Equal(1L, await _store.ScalarAsync<long>("SELECT count(*) FROM outbox WHERE aggregate_id = $1 AND type = 'OrderCancelled'", order.Id.ToString()));

        var again = await Assert.ThrowsAsync<OrderException>(() => _store.Get<OrderCancellation>().CancelAsync(order.Id));
        Assert.Equal(OrderErrorCodes.InvalidState, again.Code);
        Assert.Equal(10, await _store.StockAsync(sku));
    }

    [Fact]
    public async Task Stock_operations_keep_a_ledger_and_never_go_below_zero()
    {
        var sku = "OPS-" + Guid.NewGuid().ToString("N")[..8];
        var stock = _store.Get<StockOperations>();

        await stock.SetAsync(sku, 8);
        await stock.AdjustAsync(sku, -3);
        var refused = await Assert.ThrowsAsync<OrderException>(() => stock.AdjustAsync(sku, -6));
        await stock.SetAsync(sku, 2);

        Assert.Equal(OrderErrorCodes.OutOfStock, refused.Code);
        Assert.Equal(2, await _store.StockAsync(sku));
        Assert.Equal("8,-3,-3", await _store.ScalarAsync<string>("SELECT string_agg(delta::text, ',' ORDER BY id) FROM stock_movements WHERE sku = $1", sku));
        Assert.Equal(3L, await _store.ScalarAsync<long>("SELECT count(*) FROM outbox WHERE aggregate_id = $1 AND type = 'StockChanged'", sku));
    }

    [Fact]
    public async Task The_database_refuses_negative_stock_even_without_the_application()
    {
        var sku = "CHK-" + Guid.NewGuid().ToString("N")[..8];
        await _store.PutStockAsync(sku, 1);

        var error = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => _store.ScalarAsync<object>("UPDATE stock_levels SET quantity = quantity - 2 WHERE sku = $1", sku));

        Assert.Equal(Npgsql.PostgresErrorCodes.CheckViolation, error.SqlState);
    }
}
