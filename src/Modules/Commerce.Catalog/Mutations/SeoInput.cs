using Commerce.GraphQL;

namespace Commerce.Catalog;

public sealed class SeoInput
{
    public string? Title { get; init; }

    public string? Description { get; init; }
}
