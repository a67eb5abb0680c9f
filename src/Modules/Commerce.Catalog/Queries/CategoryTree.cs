using Commerce.Drivers.Mongo;

namespace Commerce.Catalog;

/// <summary>The category tree, read with one <c>find</c> and assembled in memory (the tree is small).</summary>
public sealed class CategoryTree(CatalogDatabase database)
{
    public async Task<IReadOnlyList<Category>> RootsAsync(CancellationToken cancellationToken = default)
    {
        var all = await StoreGuard.RunAsync(
            () => database.Categories.FindAsync(Filter.Empty, new FindOptions { Sort = new() { { "path", 1 } }, BatchSize = 1000 }, cancellationToken).ToListAsync(cancellationToken));
        var byId = all.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var roots = new List<Category>();
        foreach (var category in all)
        {
            if (category.Parent is { } parent && byId.TryGetValue(parent, out var owner))
            {
                owner.Children.Add(category);
            }
            else
            {
                roots.Add(category);
            }
        }

        return roots;
    }

    public Task<Category?> FindAsync(string id, CancellationToken cancellationToken = default) =>
        StoreGuard.RunAsync(() => database.Categories.FindAsync(Filter.Eq("_id", id), new FindOptions { Limit = 1 }, cancellationToken).FirstOrDefaultAsync(cancellationToken));
}
