namespace Commerce.Catalog;

/// <summary>The <c>extensions.code</c> values the catalog's errors carry.</summary>
public static class CatalogErrorCodes
{
    public const string ValidationFailed = "VALIDATION_FAILED";
    public const string NotFound = Commerce.GraphQL.ErrorCodes.NotFound;
    public const string Forbidden = Commerce.GraphQL.ErrorCodes.Forbidden;
    public const string DuplicateSku = "DUPLICATE_SKU";
    public const string DuplicateSlug = "DUPLICATE_SLUG";
    public const string InvalidCursor = Commerce.GraphQL.Relay.OffsetPaging.InvalidCursor;
    public const string StoreUnavailable = Commerce.GraphQL.ErrorCodes.StoreUnavailable;
}
