using Commerce.Carts;
using Commerce.Catalog;

namespace Commerce.Analytics.Tests.Unit;

/// <summary>The listeners on the request path never wait: what does not fit is refused and counted.</summary>
public sealed class RequestRecordersTests
{
    private static readonly DateTimeOffset At = new(2026, 5, 4, 3, 2, 1, TimeSpan.Zero);

    [Fact]
    public void A_cart_addition_that_finds_the_queue_full_is_refused_at_once_and_counted()
    {
        var ingestion = new AnalyticsIngestion(new AnalyticsOptions { QueueCapacity = 2 }, TimeProvider.System);
        var recorder = new CartAdditionRecorder(ingestion);

        for (var i = 0; i < 5; i++)
        {
            recorder.LineAdded(new CartLineAdded("cart", null, "p" + i, "sku", 1, At));
        }

        Assert.Equal((2, 2L, 3L), (ingestion.QueueDepth, ingestion.Statistics.Enqueued, ingestion.Statistics.DroppedAddsToCart));
    }

    [Fact]
    public void Views_beyond_the_view_queue_push_out_the_oldest_and_are_counted()
    {
        var ingestion = new AnalyticsIngestion(new AnalyticsOptions { ViewQueueCapacity = 3 }, TimeProvider.System);
        var recorder = new ProductViewRecorder(ingestion);

        for (var i = 0; i < 7; i++)
        {
            recorder.ProductViewed(new ProductView("p" + i, "c", null, At));
        }

        Assert.Equal((3, 7L, 4L), (ingestion.QueueDepth, ingestion.Statistics.Enqueued, ingestion.Statistics.DroppedViews));
    }
}
