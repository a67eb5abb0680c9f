using Commerce.GraphQL;

namespace Commerce.Catalog;

[GraphQLDescription("Counts of the products of a listing by category, vendor and price band.")]
public sealed record ProductFacets(
    int TotalCount,
    IReadOnlyList<CategoryFacet> Categories,
    IReadOnlyList<VendorFacet> Vendors,
    IReadOnlyList<PriceBandFacet> PriceBands);
