namespace Commerce.Catalog;

/// <summary>How many demo documents there are and how many this run inserted.</summary>
public sealed record CatalogSeedResult(int Categories, long CategoriesInserted, int Products, long ProductsInserted);
