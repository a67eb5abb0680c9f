using Commerce.GraphQL;

namespace Commerce.Catalog;

[GraphQLDescription("How many products of a listing a vendor sells.")]
public sealed record VendorFacet(string Vendor, int Count);
