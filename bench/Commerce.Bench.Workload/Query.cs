using Commerce.GraphQL;

namespace Commerce.Bench.Workload;

/// <summary>The workload's query root: the resolver semantics of data.md.</summary>
public sealed class Query(WorkloadData data)
{
    public IReadOnlyList<Product> Products(int first, string? after)
    {
        var start = 0;
        if (after is not null)
        {
            if (!data.ById.TryGetValue(after, out var afterProduct))
            {
                return [];
            }

            start = Array.IndexOf(data.Products, afterProduct) + 1;
        }

        var count = Math.Min(Math.Max(first, 0), data.Products.Length - start);
        return new ArraySegment<Product>(data.Products, start, count);
    }

    public Product? Product([ID] string id) => data.ById.GetValueOrDefault(id);

    public IReadOnlyList<Category> TopCategories(int first) => data.Categories.Take(Math.Max(first, 0));
}
