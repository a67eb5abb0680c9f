using Commerce.GraphQL;

namespace Commerce.Catalog;

[GraphQLDescription("Counts of the products of a listing by category, vendor and price band.")]
public sealed record ProductFacets(
    int TotalCount,
    IReadOnlyList<CategoryFacet> Categories,
    IReadOnlyList<VendorFacet> Vendors,
    IReadOnlyList<PriceBandFacet> PriceBands);

[GraphQLDescription("How many products of a listing sit in a category.")]
public sealed record CategoryFacet([property: ID] string Id, string Name, string Path, int Count);

[GraphQLDescription("How many products of a listing a vendor sells.")]
public sealed record VendorFacet(string Vendor, int Count);

[GraphQLDescription("How many products of a listing cost at least min and less than max (no max: no upper bound).")]
public sealed record PriceBandFacet(decimal Min, decimal? Max, int Count);
