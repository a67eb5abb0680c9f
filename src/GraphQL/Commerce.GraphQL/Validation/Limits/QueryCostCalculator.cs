using Commerce.GraphQL.Language;
using Commerce.GraphQL.Types;

namespace Commerce.GraphQL.Validation.Limits;

/// <summary>
/// Estimates what an operation costs to resolve: each selected field costs its <see cref="OutputField.Cost"/>, and a
/// list field's sub-selection is paid once per expected item, the item count being its <c>first</c>, <c>last</c>
/// or <c>limit</c> argument (a literal or a variable's value) or else the default list size. Fragments are expanded;
/// every branch of an inline fragment or spread counts, as any might apply.
/// </summary>
public sealed class QueryCostCalculator(
    Schema schema,
    IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
    IReadOnlyDictionary<string, object?>? variables,
    int defaultListSize)
{
    private static readonly string[] SizeArguments = ["first", "last", "limit"];

    private readonly Dictionary<(string, NamedType?), long> _fragmentCost = [];
    private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);

    public long Measure(OperationDefinitionNode operation) => Cost(schema.GetRootType(operation.Operation), operation.SelectionSet);

    private long Cost(NamedType? parentType, SelectionSetNode selectionSet)
    {
        StackGuard.Ensure();
        long cost = 0;
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    cost = Saturating.Add(cost, FieldCost(parentType, field));
                    break;
                case InlineFragmentNode inline:
                    var inlineType = inline.TypeCondition is { } condition ? schema.GetType(condition.Name.Value) : parentType;
                    cost = Saturating.Add(cost, Cost(inlineType, inline.SelectionSet));
                    break;
                case FragmentSpreadNode spread:
                    cost = Saturating.Add(cost, FragmentCost(spread.Name.Value));
                    break;
            }
        }

        return cost;
    }

    private long FieldCost(NamedType? parentType, FieldNode field)
    {
        var definition = parentType is null ? null : schema.Introspection.GetField(schema, parentType, field.Name.Value);
        if (definition is null)
        {
            return 0;
        }

        long cost = definition.Cost;
        if (field.SelectionSet is { } sub)
        {
            var subCost = Cost(definition.Type.GetNamedType(), sub);
            var multiplier = definition.Type.Nullable is ListType ? ListSize(field) : 1;
            cost = Saturating.Add(cost, Saturating.Multiply(multiplier, subCost));
        }

        return cost;
    }

    private long ListSize(FieldNode field)
    {
        foreach (var argument in field.Arguments)
        {
            if (Array.IndexOf(SizeArguments, argument.Name.Value) < 0)
            {
                continue;
            }

            switch (argument.Value)
            {
                case IntValueNode literal when long.TryParse(literal.Value, out var size):
                    return Math.Max(0, size);
                case VariableNode variable when variables is not null
                    && variables.TryGetValue(variable.Name.Value, out var value)
                    && value is not null && NumberCoercion.TryGetInteger(value, out var fromVariable):
                    return Math.Max(0, fromVariable);
            }
        }

        return defaultListSize;
    }

    private long FragmentCost(string name)
    {
        if (!fragments.TryGetValue(name, out var fragment))
        {
            return 0;
        }

        var type = schema.GetType(fragment.TypeCondition.Name.Value);
        if (_fragmentCost.TryGetValue((name, type), out var cached))
        {
            return cached;
        }

        if (!_inProgress.Add(name))
        {
            return 0;
        }

        var cost = Cost(type, fragment.SelectionSet);
        _inProgress.Remove(name);
        _fragmentCost[(name, type)] = cost;
        return cost;
    }
}
