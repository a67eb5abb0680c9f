using Commerce.GraphQL.Language;

namespace Commerce.GraphQL.Validation;

/// <summary>Groups named nodes by name, groups in first-seen order (graphql-js's groupBy).</summary>
internal static class NameGroups
{
    public static List<(string Name, List<SyntaxNode?> Nodes)> Of<T>(IReadOnlyList<T> items, Func<T, NameNode> nameOf)
    {
        var groups = new List<(string, List<SyntaxNode?>)>();
        if (items.Count < 2)
        {
            return groups;
        }

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var name = nameOf(item);
            if (!index.TryGetValue(name.Value, out var i))
            {
                index[name.Value] = i = groups.Count;
                groups.Add((name.Value, []));
            }

            groups[i].Item2.Add(name);
        }

        return groups;
    }
}
