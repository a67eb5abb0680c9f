using Commerce.Catalog;

namespace Commerce.Analytics;

/// <summary>The catalog's product views into the view queue (never waits; a full queue drops its oldest view).</summary>
public sealed class ProductViewRecorder(AnalyticsIngestion ingestion) : IProductViewListener
{
    public void ProductViewed(ProductView view) =>
        ingestion.RecordProductView(view.ProductId, view.CustomerId, view.SessionId, view.At);
}
