using Commerce.Catalog;
using Commerce.Recommendations.Feeding;

namespace Commerce.Recommendations.Tests.Unit;

public sealed class ViewTallyTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void One_tally_per_customer_and_product_with_the_count_and_the_latest_time()
    {
        ProductView[] views =
        [
            new("p1", "c1", null, T0.AddSeconds(5)),
            new("p1", "c1", null, T0),
            new("p2", "c1", null, T0.AddSeconds(1)),
            new("p1", "c2", null, T0.AddSeconds(2)),
            new("p1", "c1", null, T0.AddSeconds(3)),
            new("p1", null, "guest", T0.AddSeconds(9)),
            new("p2", "", null, T0.AddSeconds(9)),
        ];

        var tallies = ViewTally.Of(views).OrderBy(t => t.CustomerId).ThenBy(t => t.ProductId).ToList();

        Assert.Equal(
            [new ViewTally("c1", "p1", 3, T0.AddSeconds(5)), new ViewTally("c1", "p2", 1, T0.AddSeconds(1)), new ViewTally("c2", "p1", 1, T0.AddSeconds(2))],
            tallies);
    }
}
