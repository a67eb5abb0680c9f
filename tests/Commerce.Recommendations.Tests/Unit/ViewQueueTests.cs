using Commerce.Catalog;
using Commerce.Recommendations.Feeding;

namespace Commerce.Recommendations.Tests.Unit;

public sealed class ViewQueueTests
{
    private static readonly DateTimeOffset At = new(2026, 5, 4, 3, 2, 1, TimeSpan.Zero);

    [Fact]
    public void Guests_views_are_not_queued_and_a_full_queue_drops_the_oldest_and_counts_them()
    {
        var queue = new ViewQueue(new RecommendationsOptions { ViewQueueCapacity = 3 });

        queue.ProductViewed(new ProductView("p", null, "guest", At));
        queue.ProductViewed(new ProductView("p", "", null, At));
        for (var i = 0; i < 5; i++)
        {
            queue.ProductViewed(new ProductView("p" + i, "c", null, At));
        }

        Assert.Equal((3, 5L, 2L), (queue.Count, queue.Statistics.Enqueued, queue.Statistics.DroppedQueueFull));
    }
}
