namespace Commerce.Catalog;

/// <summary>The stored (lower-case) names of <see cref="ProductStatus"/>.</summary>
public static class ProductStatuses
{
    public const string Draft = "draft";
    public const string Active = "active";
    public const string Archived = "archived";

    public static string ToStored(ProductStatus status) => status switch
    {
        ProductStatus.Draft => Draft,
        ProductStatus.Active => Active,
        ProductStatus.Archived => Archived,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static ProductStatus Parse(string stored) => stored switch
    {
        Active => ProductStatus.Active,
        Archived => ProductStatus.Archived,
        _ => ProductStatus.Draft,
    };
}
