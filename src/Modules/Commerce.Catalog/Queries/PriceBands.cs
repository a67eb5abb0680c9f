namespace Commerce.Catalog;

/// <summary>The lower bounds of the price bands facets count by; the last band has no upper bound.</summary>
public static class PriceBands
{
    public static IReadOnlyList<decimal> LowerBounds { get; } = [0m, 25m, 50m, 100m, 250m, 500m, 1000m];
}
