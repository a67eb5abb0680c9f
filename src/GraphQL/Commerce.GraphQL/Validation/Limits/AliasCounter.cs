using Commerce.GraphQL.Language;

namespace Commerce.GraphQL.Validation.Limits;

/// <summary>
/// The aliased fields of an operation with fragments expanded: a fragment spread twice counts its aliases twice,
/// since each spread multiplies the fields the server resolves. Each fragment is counted once and reused.
/// </summary>
public sealed class AliasCounter(IReadOnlyDictionary<string, FragmentDefinitionNode> fragments)
{
    private readonly Dictionary<string, long> _fragmentCount = new(StringComparer.Ordinal);
    private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);

    public long Count(OperationDefinitionNode operation) => Count(operation.SelectionSet);

    private long Count(SelectionSetNode selectionSet)
    {
        StackGuard.Ensure();
        long count = 0;
        foreach (var selection in selectionSet.Selections)
        {
            count = Saturating.Add(count, selection switch
            {
                FieldNode field => (field.Alias is null ? 0 : 1) + (field.SelectionSet is { } sub ? Count(sub) : 0),
                InlineFragmentNode inline => Count(inline.SelectionSet),
                FragmentSpreadNode spread => FragmentCount(spread.Name.Value),
                _ => 0,
            });
        }

        return count;
    }

    private long FragmentCount(string name)
    {
        if (_fragmentCount.TryGetValue(name, out var cached))
        {
            return cached;
        }

        if (!fragments.TryGetValue(name, out var fragment) || !_inProgress.Add(name))
        {
            return 0;
        }

        var count = Count(fragment.SelectionSet);
        _inProgress.Remove(name);
        _fragmentCount[name] = count;
        return count;
    }
}

/// <summary>Arithmetic that sticks at long.MaxValue instead of overflowing, for costs of absurd queries.</summary>
internal static class Saturating
{
    public static long Add(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    public static long Multiply(long a, long b) => a != 0 && b > long.MaxValue / a ? long.MaxValue : a * b;
}
