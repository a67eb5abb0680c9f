using System.Threading.Channels;
using Commerce.Catalog;

namespace Commerce.Recommendations.Feeding;

/// <summary>
/// The catalog's product views on their way to the graph: a bounded in-process queue that <see cref="ViewFlusher"/>
/// empties in batches. It never waits: a full queue drops its OLDEST view (counted), so a slow or absent Neo4j never
/// slows a product query. Only signed-in customers' views are kept: the graph has no guests.
/// </summary>
public sealed class ViewQueue : IProductViewListener
{
    private readonly Channel<ProductView> _views;

    public ViewQueue(RecommendationsOptions options)
    {
        Statistics = new ViewFeedStatistics();
        _views = Channel.CreateBounded<ProductView>(
            new BoundedChannelOptions(options.ViewQueueCapacity) { FullMode = BoundedChannelFullMode.DropOldest },
            _ => Statistics.OnDroppedQueueFull());
    }

    public ViewFeedStatistics Statistics { get; }

    /// <summary>Views waiting to be written.</summary>
    public int Count => _views.Reader.Count;

    internal ChannelReader<ProductView> Reader => _views.Reader;

    public void ProductViewed(ProductView view)
    {
        if (!string.IsNullOrEmpty(view.CustomerId) && _views.Writer.TryWrite(view))
        {
            Statistics.OnEnqueued();
        }
    }

    /// <summary>No more views (the host is stopping); the flusher drains what is queued.</summary>
    internal void Complete() => _views.Writer.TryComplete();
}
