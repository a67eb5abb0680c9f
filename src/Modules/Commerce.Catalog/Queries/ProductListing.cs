namespace Commerce.Catalog;

/// <summary>One page request of a product listing, its arguments already checked.</summary>
public sealed record ProductListing(string? Search, ProductFilterInput? Where, ProductOrder Order, IReadOnlyCollection<ProductStatus> Statuses, int First, long Offset)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
}
