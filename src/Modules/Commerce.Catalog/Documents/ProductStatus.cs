namespace Commerce.Catalog;

/// <summary>Where a product is in its life: only active products are listed to shoppers.</summary>
public enum ProductStatus
{
    Draft,
    Active,
    Archived,
}
