using Commerce.Orders.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Commerce.Orders.Tests.Infrastructure.Requests;

namespace Commerce.Orders.Tests.Integration;

/// <summary>
/// The history other modules replay: every order once, in order of placement, with its lines, whatever the page
/// size, also when orders share a creation time (the keyset's tie-break on id).
/// </summary>
public sealed class OrderHistoryReaderTests(OrderHistoryReaderTests.ClockedStore store) : IClassFixture<OrderHistoryReaderTests.ClockedStore>
{
    /// <summary>Seven orders over four instants, placed out of time order, the fifth cancelled.</summary>
    public sealed class ClockedStore : OrdersStore
    {
        public SettableClock Clock { get; } = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

        public List<(Guid Id, Guid Customer, PricedLine[] Lines)> Placed { get; } = [];

        protected override void Configure(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            var sku = "HIST-" + Guid.NewGuid().ToString("N")[..8];
            await PutStockAsync(sku, 1000);
            var start = Clock.Now;
            foreach (var (minutes, quantity) in new[] { (2, 1), (0, 2), (0, 3), (3, 1), (0, 4), (2, 5), (1, 6) })
            {
                Clock.Now = start.AddMinutes(minutes);
                var customer = Guid.NewGuid();
                PricedLine[] lines = [Line(sku, 1.5m, quantity), new PricedLine("p-other-" + quantity, sku, "Other", 2m, 1)];
                var order = (await Get<OrderPlacement>().PlaceAsync(Place(customer, "hist-" + Guid.NewGuid(), TestPaymentGateway.ApproveToken, lines))).Order;
                Placed.Add((order.Id, customer, lines));
            }

            await Get<OrderCancellation>().CancelAsync(Placed[4].Id);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(500)]
    public async Task Every_order_comes_once_in_order_of_placement_with_its_lines_whatever_the_page_size(int pageSize)
    {
        var placed = store.Placed;
        var expectedOrder = new List<Guid>();
        await using (var command = store.Sql.CreateCommand("SELECT id FROM orders ORDER BY created_at, id"))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                expectedOrder.Add(reader.GetGuid(0));
            }
        }

        var history = new List<OrderHistoryEntry>();
        await foreach (var entry in store.Get<OrderHistoryReader>().ReadAllAsync(pageSize))
        {
            history.Add(entry);
        }

        Assert.Equal(7, expectedOrder.Count);
        Assert.Equal(expectedOrder, history.Select(h => h.Id));
        Assert.True(history.Zip(history.Skip(1)).All(p => p.First.CreatedAt <= p.Second.CreatedAt));
        foreach (var (id, customer, lines) in placed)
        {
            var entry = history.Single(h => h.Id == id);
            Assert.Equal(customer, entry.CustomerId);
            Assert.Equal(lines.Select(l => (l.ProductId, l.VariantSku, l.Quantity)), entry.Lines.Select(l => (l.ProductId, l.VariantSku, l.Quantity)));
            Assert.Equal(id == placed[4].Id ? OrderStatus.Cancelled : OrderStatus.Pending, entry.Status);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(OrderHistoryReader.MaxPageSize + 1)]
    public async Task A_page_size_out_of_bounds_is_refused(int pageSize) =>
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () =>
        {
            await foreach (var _ in store.Get<OrderHistoryReader>().ReadAllAsync(pageSize))
            {
            }
        });
}
