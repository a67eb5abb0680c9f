namespace Commerce.Orders.Tests.Unit;

public sealed class PureRulesTests
{
    [Theory]
    [InlineData(2026, 123, "CG-2026-000123")]
    [InlineData(2026, 1, "CG-2026-000001")]
    [InlineData(2027, 1234567, "CG-2027-1234567")]
    public void Order_numbers_read_CG_year_and_six_digits(int year, long value, string expected) =>
        Assert.Equal(expected, OrderNumbers.Format(year, value));

    [Fact]
    public void Backoff_doubles_per_failure_up_to_the_cap()
    {
        var baseDelay = TimeSpan.FromSeconds(1);
        var cap = TimeSpan.FromSeconds(10);

        Assert.Equal(TimeSpan.Zero, OutboxBackoff.Delay(0, baseDelay, cap));
        Assert.Equal(TimeSpan.FromSeconds(1), OutboxBackoff.Delay(1, baseDelay, cap));
        Assert.Equal(TimeSpan.FromSeconds(2), OutboxBackoff.Delay(2, baseDelay, cap));
        Assert.Equal(TimeSpan.FromSeconds(8), OutboxBackoff.Delay(4, baseDelay, cap));
        Assert.Equal(cap, OutboxBackoff.Delay(5, baseDelay, cap));
        Assert.Equal(cap, OutboxBackoff.Delay(int.MaxValue, baseDelay, cap));
    }

    [Fact]
    public void Cursors_round_trip_and_garbage_is_a_coded_error()
    {
        var at = new DateTimeOffset(2026, 11, 22, 4, 30, 0, TimeSpan.Zero).AddTicks(1234560);
        var id = Guid.NewGuid();

        Assert.Equal((at, id), OrderCursor.Decode(OrderCursor.Encode(at, id)));
        foreach (var bad in new[] { "", "!!!", "bm9wZQ", Convert.ToBase64String("1:2"u8.ToArray()) })
        {
            Assert.Equal(OrderErrorCodes.ValidationFailed, Assert.Throws<OrderException>(() => OrderCursor.Decode(bad)).Code);
        }
    }

    [Fact]
    public void Totals_add_up_in_decimal()
    {
        var totals = OrderTotals.Of([new PricedLine("p", "s1", "n", 0.1m, 1), new PricedLine("p", "s2", "n", 0.1m, 1), new PricedLine("p", "s3", "n", 0.1m, 1)]);

        Assert.Equal(0.3m, totals.Subtotal);
        Assert.Equal(0.3m, totals.Total);
    }
}
