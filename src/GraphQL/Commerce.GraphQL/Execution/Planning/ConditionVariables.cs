using Commerce.GraphQL.Language;

namespace Commerce.GraphQL.Execution.Planning;

/// <summary>Finds the variables an operation's <c>@skip</c>/<c>@include</c> conditions read, the only ones field collection depends on.</summary>
internal static class ConditionVariables
{
    public static string[] Of(OperationDefinitionNode operation, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments)
    {
        var names = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        Visit(operation.SelectionSet, fragments, names, visited);
        return names.ToArray();
    }

    private static void Visit(SelectionSetNode selectionSet, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, List<string> names, HashSet<string> visited)
    {
        foreach (var selection in selectionSet.Selections)
        {
            foreach (var directive in selection.Directives)
            {
                if (directive.Name.Value is "skip" or "include")
                {
                    foreach (var argument in directive.Arguments)
                    {
                        if (argument.Value is VariableNode variable && !names.Contains(variable.Name.Value))
                        {
                            names.Add(variable.Name.Value);
                        }
                    }
                }
            }

            switch (selection)
            {
                case FieldNode { SelectionSet: { } fieldSelections }:
                    Visit(fieldSelections, fragments, names, visited);
                    break;
                case InlineFragmentNode inline:
                    Visit(inline.SelectionSet, fragments, names, visited);
                    break;
                case FragmentSpreadNode spread when visited.Add(spread.Name.Value) && fragments.TryGetValue(spread.Name.Value, out var fragment):
                    Visit(fragment.SelectionSet, fragments, names, visited);
                    break;
            }
        }
    }
}
