namespace Commerce.Catalog;

/// <summary>The demo category tree: 5 departments, 15 sections, 30 leaf categories (depth 3).</summary>
public static class DemoTaxonomy
{
    private static readonly (string Root, (string Section, string[] Leaves)[] Sections)[] Tree =
    [
        ("home", [("kitchen", ["kettles", "cookware"]), ("bedding", ["pillows", "duvets"]), ("lighting", ["lamps", "bulbs"])]),
        ("electronics", [("audio", ["headphones", "speakers"]), ("computers", ["laptops", "monitors"]), ("phones", ["smartphones", "chargers"])]),
        ("fashion", [("men", ["shirts", "jeans"]), ("women", ["dresses", "skirts"]), ("shoes", ["sneakers", "boots"])]),
        ("sports", [("fitness", ["yoga-mats", "dumbbells"]), ("outdoor", ["tents", "backpacks"]), ("cycling", ["helmets", "bike-lights"])]),
        ("garden", [("tools", ["shovels", "pruners"]), ("plants", ["seeds", "pots"]), ("furniture", ["benches", "parasols"])]),
    ];

    /// <summary>Every category, parents before children.</summary>
    public static IReadOnlyList<Category> Categories()
    {
        var categories = new List<Category>();
        foreach (var (root, sections) in Tree)
        {
            var rootCategory = Create(root, null, 0);
            categories.Add(rootCategory);
            foreach (var (section, leaves) in sections)
            {
                var sectionCategory = Create(section, rootCategory, 1);
                categories.Add(sectionCategory);
                categories.AddRange(leaves.Select(leaf => Create(leaf, sectionCategory, 2)));
            }
        }

        return categories;
    }

    private static Category Create(string slug, Category? parent, int depth)
    {
        var path = (parent?.Path ?? "") + "/" + slug;
        return new Category
        {
            Id = "cat" + path.Replace('/', '-'),
            Name = char.ToUpperInvariant(slug[0]) + slug[1..].Replace('-', ' '),
            Slug = slug,
            Parent = parent?.Id,
            Path = path,
            Depth = depth,
        };
    }
}
