namespace Commerce.Recommendations.Graph;

/// <summary>The node labels of the recommendation graph, each keyed by a unique <c>id</c>.</summary>
public static class GraphLabels
{
    public const string Customer = "Customer";
    public const string Product = "Product";
    public const string Category = "Category";

    public static IReadOnlyList<string> All { get; } = [Customer, Product, Category];
}
