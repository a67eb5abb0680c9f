using Commerce.GraphQL.Language;

namespace Commerce.GraphQL.Validation.Limits;

/// <summary>
/// The deepest field nesting of an operation with fragments expanded: a root field is at depth 1, its sub-fields
/// at 2, and so on. Each fragment is measured once; a spread cycle contributes nothing further.
/// </summary>
public sealed class QueryDepthCalculator(IReadOnlyDictionary<string, FragmentDefinitionNode> fragments)
{
    private readonly Dictionary<string, int> _fragmentDepth = new(StringComparer.Ordinal);
    private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);

    public int Measure(OperationDefinitionNode operation) => Depth(operation.SelectionSet);

    private int Depth(SelectionSetNode selectionSet)
    {
        StackGuard.Ensure();
        var max = 0;
        foreach (var selection in selectionSet.Selections)
        {
            var depth = selection switch
            {
                FieldNode field => 1 + (field.SelectionSet is { } sub ? Depth(sub) : 0),
                InlineFragmentNode inline => Depth(inline.SelectionSet),
                FragmentSpreadNode spread => FragmentDepth(spread.Name.Value),
                _ => 0,
            };
            max = Math.Max(max, depth);
        }

        return max;
    }

    private int FragmentDepth(string name)
    {
        if (_fragmentDepth.TryGetValue(name, out var cached))
        {
            return cached;
        }

        if (!fragments.TryGetValue(name, out var fragment) || !_inProgress.Add(name))
        {
            return 0;
        }

        var depth = Depth(fragment.SelectionSet);
        _inProgress.Remove(name);
        _fragmentDepth[name] = depth;
        return depth;
    }
}
