using System.Collections.Concurrent;
using Commerce.GraphQL.Language;
using Commerce.GraphQL.Types;

namespace Commerce.GraphQL.Execution.Planning;

/// <summary>
/// An operation of a cached document, ready to run many times. Field collection depends on variables only
/// through <c>@skip</c>/<c>@include</c>, so plans are kept per combination of those variables' values: two
/// requests that agree on them share every selection-set plan.
/// </summary>
internal sealed class CompiledOperation
{
    private readonly string[] _conditionVariables;
    private readonly ConcurrentDictionary<long, OperationPlan> _plans = new();
    private OperationPlan? _unconditional;

    public CompiledOperation(Schema schema, DocumentNode document, OperationDefinitionNode operation, ObjectType rootType)
    {
        Schema = schema;
        Operation = operation;
        RootType = rootType;
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }

        Fragments = fragments;
        _conditionVariables = ConditionVariables.Of(operation, fragments);
    }

    public Schema Schema { get; }

    public OperationDefinitionNode Operation { get; }

    public ObjectType RootType { get; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    public OperationPlan GetPlan(IReadOnlyDictionary<string, object?> variables)
    {
        if (_conditionVariables.Length == 0)
        {
            return _unconditional ??= new OperationPlan(this);
        }

        if (_conditionVariables.Length > 31)
        {
            return new OperationPlan(this);
        }

        long key = 0;
        for (var i = 0; i < _conditionVariables.Length; i++)
        {
            // Two bits a variable: absent, false, true (anything else is left to the collector to report).
            var state = variables.TryGetValue(_conditionVariables[i], out var value) ? value is true ? 2L : 1L : 0L;
            key |= state << (2 * i);
        }

        return _plans.TryGetValue(key, out var plan) ? plan : _plans.GetOrAdd(key, _ => new OperationPlan(this));
    }
}
