using Commerce.GraphQL;

namespace Commerce.Catalog;

[GraphQLDescription("What search engines are shown for a product page.")]
public sealed class Seo
{
    public string? Title { get; init; }

    public string? Description { get; init; }
}
