using Commerce.Catalog;

namespace Commerce.Recommendations.Feeding;

/// <summary>How many times a customer viewed a product in one batch, and when last.</summary>
public sealed record ViewTally(string CustomerId, string ProductId, long Count, DateTimeOffset LastAt)
{
    /// <summary>One tally per customer and product, so a batch moves each <c>VIEWED</c> edge once. Guests' views are skipped.</summary>
    public static IReadOnlyList<ViewTally> Of(IEnumerable<ProductView> views) =>
        views
            .Where(v => !string.IsNullOrEmpty(v.CustomerId))
            .GroupBy(v => (Customer: v.CustomerId!, Product: v.ProductId))
            .Select(g => new ViewTally(g.Key.Customer, g.Key.Product, g.Count(), g.Max(v => v.At)))
            .ToList();
}
