using Commerce.GraphQL;

namespace Commerce.Catalog;

[GraphQLDescription("Orders of a product listing; ties are broken by product id.")]
public enum ProductOrder
{
    PriceAsc,
    PriceDesc,
    NameAsc,
    NameDesc,

    [GraphQLDescription("Most recently created first.")]
    Newest,

    [GraphQLDescription("Best text match first; needs a search.")]
    Relevance,
}
