using Commerce.GraphQL;

namespace Commerce.Catalog;

public sealed class ImageInput
{
    public string Url { get; init; } = "";

    public string? Alt { get; init; }

    public int? Position { get; init; }

    public bool? Primary { get; init; }
}
