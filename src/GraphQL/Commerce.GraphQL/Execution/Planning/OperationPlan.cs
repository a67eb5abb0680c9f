using Commerce.GraphQL.Coercion;
using Commerce.GraphQL.Language;
using Commerce.GraphQL.Types;

namespace Commerce.GraphQL.Execution.Planning;

/// <summary>
/// The selection-set plans of one operation for one combination of <c>@skip</c>/<c>@include</c> values: the spec's
/// CollectFields (6.3.2) run once and reused. Sub-selection plans hang off their <see cref="FieldPlan"/>.
/// </summary>
internal sealed class OperationPlan(CompiledOperation operation)
{
    private SelectionSetPlan? _root;

    public CompiledOperation Operation { get; } = operation;

    public Schema Schema => Operation.Schema;

    public SelectionSetPlan GetRootPlan(IReadOnlyDictionary<string, object?> variables) =>
        _root ??= Build(Operation.RootType, [Operation.Operation.SelectionSet], variables);

    /// <summary>The spec's CollectSubfields: the merged selection sets of a field's nodes, collected for one object type.</summary>
    public SelectionSetPlan CollectSubfields(ObjectType objectType, FieldNode[] nodes, IReadOnlyDictionary<string, object?> variables)
    {
        var selectionSets = new List<SelectionSetNode>(nodes.Length);
        foreach (var node in nodes)
        {
            if (node.SelectionSet is { } selectionSet)
            {
                selectionSets.Add(selectionSet);
            }
        }

        return Build(objectType, selectionSets, variables);
    }

    private SelectionSetPlan Build(ObjectType objectType, List<SelectionSetNode> selectionSets, IReadOnlyDictionary<string, object?> variables)
    {
        var grouped = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var selectionSet in selectionSets)
        {
            CollectFields(objectType, selectionSet, variables, new HashSet<string>(StringComparer.Ordinal), grouped, order);
        }

        var isSubscriptionRoot = Operation.Operation.Operation == OperationType.Subscription && ReferenceEquals(objectType, Operation.RootType);
        var fields = new List<FieldPlan>(order.Count);
        foreach (var responseKey in order)
        {
            var nodes = grouped[responseKey];
            var definition = Schema.Introspection.GetField(Schema, objectType, nodes[0].Name.Value);
            if (definition is null)
            {
                // The validator rejects unknown fields; an unvalidated document simply omits them, as graphql-js does.
                continue;
            }

            var plan = new FieldPlan(responseKey, objectType, definition, nodes.ToArray(), this);
            if (isSubscriptionRoot && plan.Resolver is null)
            {
                // A subscription root field's value is the source event itself unless the field maps it.
                plan.Resolver = static context => new ValueTask<object?>(context.Parent);
            }

            fields.Add(plan);
        }

        return new SelectionSetPlan(objectType, fields.ToArray());
    }

    /// <summary>The spec's CollectFields (6.3.2): fields by response key in document order, fragments inlined.</summary>
    private void CollectFields(
        ObjectType objectType,
        SelectionSetNode selectionSet,
        IReadOnlyDictionary<string, object?> variables,
        HashSet<string> visitedFragments,
        Dictionary<string, List<FieldNode>> grouped,
        List<string> order)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (!ShouldInclude(selection.Directives, variables))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    var responseKey = field.ResponseKey;
                    if (!grouped.TryGetValue(responseKey, out var nodes))
                    {
                        grouped[responseKey] = nodes = [];
                        order.Add(responseKey);
                    }

                    nodes.Add(field);
                    break;
                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    if (!visitedFragments.Add(name) || !Operation.Fragments.TryGetValue(name, out var fragment)
                        || !DoesFragmentTypeApply(objectType, fragment.TypeCondition))
                    {
                        continue;
                    }

                    CollectFields(objectType, fragment.SelectionSet, variables, visitedFragments, grouped, order);
                    break;
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is { } condition && !DoesFragmentTypeApply(objectType, condition))
                    {
                        continue;
                    }

                    CollectFields(objectType, inline.SelectionSet, variables, visitedFragments, grouped, order);
                    break;
            }
        }
    }

    /// <summary>The spec's DoesFragmentTypeApply (6.3.2).</summary>
    private bool DoesFragmentTypeApply(ObjectType objectType, NamedTypeNode typeCondition)
    {
        var fragmentType = Schema.GetType(typeCondition.Name.Value);
        return fragmentType switch
        {
            ObjectType o => ReferenceEquals(o, objectType),
            InterfaceType i => objectType.Implements(i),
            UnionType u => u.Types.Contains(objectType),
            _ => false,
        };
    }

    /// <summary>@skip(if:) and @include(if:) on a selection.</summary>
    private bool ShouldInclude(IReadOnlyList<DirectiveNode> directives, IReadOnlyDictionary<string, object?> variables)
    {
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (name is not ("skip" or "include"))
            {
                continue;
            }

            var definition = Schema.GetDirective(name);
            if (definition is null)
            {
                continue;
            }

            var arguments = ArgumentCoercion.CoerceArgumentValues(definition.Arguments, directive.Arguments, variables, directive);
            var condition = arguments.TryGetValue("if", out var value) && value is true;
            if (name == "skip" ? condition : !condition)
            {
                return false;
            }
        }

        return true;
    }
}
