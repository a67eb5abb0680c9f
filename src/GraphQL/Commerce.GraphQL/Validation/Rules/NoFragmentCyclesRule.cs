using Commerce.GraphQL.Language;

namespace Commerce.GraphQL.Validation.Rules;

/// <summary>5.5.2.2 Fragment Spreads Must Not Form Cycles: a depth-first search over spreads, each fragment once.</summary>
public sealed class NoFragmentCyclesRule(ValidationContext context) : ValidationRule(context)
{
    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
    private readonly List<FragmentSpreadNode> _spreadPath = [];
    private readonly Dictionary<string, int> _spreadPathIndexByName = new(StringComparer.Ordinal);

    public override bool Enter(SyntaxNode node, DocumentWalker walker)
    {
        switch (node)
        {
            case OperationDefinitionNode:
                return false;
            case FragmentDefinitionNode fragment:
                DetectCycleRecursive(fragment);
                return false;
            default:
                return true;
        }
    }

    private void DetectCycleRecursive(FragmentDefinitionNode fragment)
    {
        StackGuard.Ensure();
        var fragmentName = fragment.Name.Value;
        if (!_visited.Add(fragmentName))
        {
            return;
        }

        var spreads = Context.GetFragmentSpreads(fragment.SelectionSet);
        if (spreads.Count == 0)
        {
            return;
        }

        _spreadPathIndexByName[fragmentName] = _spreadPath.Count;
        foreach (var spread in spreads)
        {
            var spreadName = spread.Name.Value;
            _spreadPath.Add(spread);
            if (!_spreadPathIndexByName.TryGetValue(spreadName, out var cycleIndex))
            {
                if (Context.GetFragment(spreadName) is { } spreadFragment)
                {
                    DetectCycleRecursive(spreadFragment);
                }
            }
            else
            {
                var cyclePath = _spreadPath.GetRange(cycleIndex, _spreadPath.Count - cycleIndex);
                var via = new List<string>(cyclePath.Count);
                for (var i = 0; i < cyclePath.Count - 1; i++)
                {
                    via.Add("\"" + cyclePath[i].Name.Value + "\"");
                }

                var viaPath = string.Join(", ", via);
                Report($"Cannot spread fragment \"{spreadName}\" within itself" + (viaPath.Length > 0 ? $" via {viaPath}." : "."), cyclePath);
            }

            _spreadPath.RemoveAt(_spreadPath.Count - 1);
        }

        _spreadPathIndexByName.Remove(fragmentName);
    }
}
