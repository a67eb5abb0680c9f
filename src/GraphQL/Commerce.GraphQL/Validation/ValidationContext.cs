using Commerce.GraphQL.Language;
using Commerce.GraphQL.Types;

namespace Commerce.GraphQL.Validation;

/// <summary>
/// What every rule shares while one document is validated: the schema, the document's fragments, cached fragment
/// spreads and variable usages, and the error list (which aborts validation once it is full).
/// </summary>
public sealed class ValidationContext
{
    private readonly List<GraphQLError> _errors = [];
    private readonly Dictionary<string, FragmentDefinitionNode> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<SelectionSetNode, List<FragmentSpreadNode>> _spreads = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, List<FragmentDefinitionNode>> _referencedFragments = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<ExecutableDefinitionNode, List<VariableUsage>> _usages = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, List<VariableUsage>> _recursiveUsages = new(ReferenceEqualityComparer.Instance);

    public ValidationContext(Schema schema, DocumentNode document, ValidationOptions options)
    {
        Schema = schema;
        Document = document;
        Options = options;
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                // The last definition of a repeated name wins, as in graphql-js (UniqueFragmentNames reports the repeat).
                _fragments[fragment.Name.Value] = fragment;
            }
        }
    }

    public Schema Schema { get; }

    public DocumentNode Document { get; }

    public ValidationOptions Options { get; }

    public IReadOnlyList<GraphQLError> Errors => _errors;

    public FragmentDefinitionNode? GetFragment(string name) => _fragments.GetValueOrDefault(name);

    public void ReportError(string rule, string message, params SyntaxNode?[] nodes) =>
        ReportError(rule, message, (IReadOnlyList<SyntaxNode?>)nodes);

    public void ReportError(string rule, string message, IReadOnlyList<SyntaxNode?> nodes)
    {
        if (_errors.Count >= Options.MaxErrors)
        {
            _errors.Add(Error("Too many validation errors, error limit reached. Validation aborted.", null, []));
            throw new ValidationAbortedException();
        }

        _errors.Add(Error(message, rule, nodes));
    }

    internal static GraphQLError Error(string message, string? rule, IReadOnlyList<SyntaxNode?> nodes, string code = ErrorCodes.ValidationFailed)
    {
        List<Location>? locations = null;
        foreach (var node in nodes)
        {
            if (node?.Location is { } location)
            {
                (locations ??= []).Add(location);
            }
        }

        var extensions = new Dictionary<string, object?> { ["code"] = code };
        if (rule is not null)
        {
            extensions["rule"] = rule;
        }

        return new GraphQLError(message, locations, extensions: extensions);
    }

    /// <summary>The fragment spreads of a selection set, nested inline fragments included, in document order.</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        if (_spreads.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        var spreads = new List<FragmentSpreadNode>();
        var sets = new Stack<SelectionSetNode>();
        sets.Push(selectionSet);
        while (sets.Count > 0)
        {
            var set = sets.Pop();
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } fieldSet }:
                        sets.Push(fieldSet);
                        break;
                    case InlineFragmentNode inline:
                        sets.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        _spreads[selectionSet] = spreads;
        return spreads;
    }

    /// <summary>Every fragment an operation spreads, directly or through other fragments, each once.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        if (_referencedFragments.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        // Breadth first over names in first-seen order, as graphql-js lists them.
        var fragments = new List<FragmentDefinitionNode>();
        var names = new List<string>();
        var collected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var spread in GetFragmentSpreads(operation.SelectionSet))
        {
            if (collected.Add(spread.Name.Value))
            {
                names.Add(spread.Name.Value);
            }
        }

        for (var i = 0; i < names.Count; i++)
        {
            if (GetFragment(names[i]) is not { } fragment)
            {
                continue;
            }

            fragments.Add(fragment);
            foreach (var spread in GetFragmentSpreads(fragment.SelectionSet))
            {
                if (collected.Add(spread.Name.Value))
                {
                    names.Add(spread.Name.Value);
                }
            }
        }

        _referencedFragments[operation] = fragments;
        return fragments;
    }

    /// <summary>The variables used in one operation or fragment (not through spreads), with the type expected where each is used.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode definition)
    {
        if (_usages.TryGetValue(definition, out var cached))
        {
            return cached;
        }

        var collector = new VariableUsageCollector();
        new DocumentWalker(new TypeInfo(Schema), [collector]).Walk(definition);
        _usages[definition] = collector.Usages;
        return collector.Usages;
    }

    /// <summary>The variables used by an operation and every fragment it spreads.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        if (_recursiveUsages.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        var usages = new List<VariableUsage>(GetVariableUsages(operation));
        foreach (var fragment in GetRecursivelyReferencedFragments(operation))
        {
            usages.AddRange(GetVariableUsages(fragment));
        }

        _recursiveUsages[operation] = usages;
        return usages;
    }

    private sealed class VariableUsageCollector : DocumentVisitor
    {
        public List<VariableUsage> Usages { get; } = [];

        public override bool Enter(SyntaxNode node, DocumentWalker walker)
        {
            switch (node)
            {
                case VariableDefinitionNode:
                    return false;
                case VariableNode variable:
                    var typeInfo = walker.TypeInfo;
                    Usages.Add(new VariableUsage(variable, typeInfo.InputType, typeInfo.DefaultValueOwner is { HasDefaultValue: true }, typeInfo.ParentInputType));
                    break;
            }

            return true;
        }
    }
}

/// <summary>Thrown inside validation to stop it once the error limit is reached.</summary>
internal sealed class ValidationAbortedException : Exception;
