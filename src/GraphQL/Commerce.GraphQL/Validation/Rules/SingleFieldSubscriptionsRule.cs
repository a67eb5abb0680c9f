using Commerce.GraphQL.Language;
using Commerce.GraphQL.Types;

namespace Commerce.GraphQL.Validation.Rules;

/// <summary>5.2.3.1 Single Root Field: a subscription selects exactly one root field, and not an introspection one.</summary>
public sealed class SingleFieldSubscriptionsRule(ValidationContext context) : ValidationRule(context)
{
    public override bool Enter(SyntaxNode node, DocumentWalker walker)
    {
        if (node is not OperationDefinitionNode operation)
        {
            return node is not FragmentDefinitionNode;
        }

        if (operation.Operation != OperationType.Subscription || Context.Schema.SubscriptionType is not { } subscriptionType)
        {
            return false;
        }

        var operationName = operation.Name?.Value;
        var fields = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var order = new List<string>();
        CollectFields(subscriptionType, operation.SelectionSet, fields, order, new HashSet<string>(StringComparer.Ordinal));
        if (order.Count > 1)
        {
            var extra = new List<SyntaxNode?>();
            for (var i = 1; i < order.Count; i++)
            {
                extra.AddRange(fields[order[i]]);
            }

            Report(operationName is not null
                ? $"Subscription \"{operationName}\" must select only one top level field."
                : "Anonymous Subscription must select only one top level field.", extra);
        }

        foreach (var key in order)
        {
            var fieldNodes = fields[key];
            if (fieldNodes[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
            {
                Report(operationName is not null
                    ? $"Subscription \"{operationName}\" must not select an introspection top level field."
                    : "Anonymous Subscription must not select an introspection top level field.", fieldNodes);
            }
        }

        return false;
    }

    /// <summary>The spec's CollectFields with no variable values: @skip/@include count only with literal conditions.</summary>
    private void CollectFields(ObjectType type, SelectionSetNode selectionSet, Dictionary<string, List<FieldNode>> fields, List<string> order, HashSet<string> visitedFragments)
    {
        StackGuard.Ensure();
        foreach (var selection in selectionSet.Selections)
        {
            if (!ShouldInclude(selection))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    var key = field.ResponseKey;
                    if (!fields.TryGetValue(key, out var list))
                    {
                        fields[key] = list = [];
                        order.Add(key);
                    }

                    list.Add(field);
                    break;
                case InlineFragmentNode inline:
                    if (ConditionMatches(inline.TypeCondition, type))
                    {
                        CollectFields(type, inline.SelectionSet, fields, order, visitedFragments);
                    }

                    break;
                case FragmentSpreadNode spread:
                    if (!visitedFragments.Add(spread.Name.Value))
                    {
                        continue;
                    }

                    if (Context.GetFragment(spread.Name.Value) is { } fragment && ConditionMatches(fragment.TypeCondition, type))
                    {
                        CollectFields(type, fragment.SelectionSet, fields, order, visitedFragments);
                    }

                    break;
            }
        }
    }

    private bool ConditionMatches(NamedTypeNode? condition, ObjectType type)
    {
        if (condition is null)
        {
            return true;
        }

        var conditional = Context.Schema.GetType(condition.Name.Value);
        return ReferenceEquals(conditional, type) || (conditional is { IsAbstractType: true } && Context.Schema.IsSubType(conditional, type));
    }

    private static bool ShouldInclude(SelectionNode selection)
    {
        foreach (var directive in selection.Directives)
        {
            var name = directive.Name.Value;
            if (name is not ("skip" or "include"))
            {
                continue;
            }

            foreach (var argument in directive.Arguments)
            {
                if (argument.Name.Value == "if" && argument.Value is BooleanValueNode condition && condition.Value == (name == "skip"))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
