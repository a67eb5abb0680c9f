using Commerce.GraphQL;

namespace Commerce.Catalog;

[GraphQLDescription("How many products of a listing sit in a category.")]
public sealed record CategoryFacet([property: ID] string Id, string Name, string Path, int Count);
