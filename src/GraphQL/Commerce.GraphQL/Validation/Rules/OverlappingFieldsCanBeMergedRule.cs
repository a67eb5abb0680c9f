using System.Text;
using Commerce.GraphQL.Language;
using Commerce.GraphQL.Types;

namespace Commerce.GraphQL.Validation.Rules;

/// <summary>
/// 5.3.2 Field Selection Merging (the spec's FieldsInSetCanMerge): fields that share a response name in a
/// selection set, fragments included, must be the same field with the same arguments (unless their parents are
/// different object types) and of types that can merge. Collected field sets, fragment pairs, field comparisons and
/// argument renderings are memoized, so the work grows with the pairs of overlapping fields, not exponentially
/// with fragment nesting; a work budget bounds the rest, as graphql-js's does.
/// </summary>
public sealed class OverlappingFieldsCanBeMergedRule(ValidationContext context) : ValidationRule(context)
{
    private const int MaxConflictDetailLength = 1000;
    private const int MaxConflictNodes = 20;
    private const int MaxComplexityBudget = 500_000;

    private readonly Dictionary<(NamedType?, SelectionSetNode), CollectFieldsResult> _collected = new(CollectKeyComparer.Instance);
    private readonly Dictionary<string, Dictionary<string, bool>> _comparedFragmentPairs = new(StringComparer.Ordinal);
    private readonly Dictionary<ValueNode, string> _stringifiedValues = new(ReferenceEqualityComparer.Instance);
    private int _budget = MaxComplexityBudget;

    public override bool Enter(SyntaxNode node, DocumentWalker walker)
    {
        if (node is not SelectionSetNode selectionSet || walker.Parent is InlineFragmentNode)
        {
            return true;
        }

        if (selectionSet.Selections.Count <= 1 && (selectionSet.Selections.Count == 0 || selectionSet.Selections[0] is not InlineFragmentNode))
        {
            return true;
        }

        foreach (var conflict in FindConflictsWithinSelectionSet(walker.TypeInfo.ParentType, selectionSet))
        {
            var nodes = new List<SyntaxNode?>(conflict.Fields1.Count + conflict.Fields2.Count);
            nodes.AddRange(conflict.Fields1);
            nodes.AddRange(conflict.Fields2);
            Report($"Fields \"{Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. Use different aliases on the fields to fetch both if this was intentional.", nodes);
        }

        return true;
    }

    private List<Conflict> FindConflictsWithinSelectionSet(NamedType? parentType, SelectionSetNode selectionSet)
    {
        var conflicts = new List<Conflict>();
        var result = CollectFields(parentType, selectionSet);
        CollectConflictsWithin(conflicts, result);
        var fragmentNames = result.FragmentNames;
        if (fragmentNames.Count != 0 && (result.Keys.Count != 0 || fragmentNames.Count > 1))
        {
            for (var i = 0; i < fragmentNames.Count; i++)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, false, result, fragmentNames[i]);
                for (var j = i + 1; j < fragmentNames.Count; j++)
                {
                    CollectConflictsBetweenFragments(conflicts, false, fragmentNames[i], fragmentNames[j]);
                }
            }
        }

        return conflicts;
    }

    private void CollectConflictsBetweenFieldsAndFragment(List<Conflict> conflicts, bool mutuallyExclusive, CollectFieldsResult result, string fragmentName)
    {
        StackGuard.Ensure();
        Spend(1);
        if (result.Keys.Count == 0)
        {
            return;
        }

        result.ComparedFragments ??= new Dictionary<string, bool>(StringComparer.Ordinal);
        if (result.ComparedFragments.TryGetValue(fragmentName, out var compared) && (!compared || mutuallyExclusive))
        {
            return;
        }

        result.ComparedFragments[fragmentName] = mutuallyExclusive;
        if (Context.GetFragment(fragmentName) is not { } fragment)
        {
            return;
        }

        var result2 = CollectFragmentFields(fragment);
        if (ReferenceEquals(result, result2))
        {
            return;
        }

        CollectConflictsBetween(conflicts, mutuallyExclusive, result, result2);
        foreach (var referenced in result2.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, result, referenced);
        }
    }

    private void CollectConflictsBetweenFragments(List<Conflict> conflicts, bool mutuallyExclusive, string fragmentName1, string fragmentName2)
    {
        StackGuard.Ensure();
        Spend(2);
        if (fragmentName1 == fragmentName2 || PairSeen(fragmentName1, fragmentName2, mutuallyExclusive))
        {
            return;
        }

        AddPair(fragmentName1, fragmentName2, mutuallyExclusive);
        if (Context.GetFragment(fragmentName1) is not { } fragment1 || Context.GetFragment(fragmentName2) is not { } fragment2)
        {
            return;
        }

        var result1 = CollectFragmentFields(fragment1);
        var result2 = CollectFragmentFields(fragment2);
        CollectConflictsBetween(conflicts, mutuallyExclusive, result1, result2);
        foreach (var referenced2 in result2.FragmentNames)
        {
            CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, fragmentName1, referenced2);
        }

        foreach (var referenced1 in result1.FragmentNames)
        {
            CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, referenced1, fragmentName2);
        }
    }

    private List<Conflict> FindConflictsBetweenSubSelectionSets(bool mutuallyExclusive, NamedType? parentType1, SelectionSetNode selectionSet1, NamedType? parentType2, SelectionSetNode selectionSet2)
    {
        var conflicts = new List<Conflict>();
        var result1 = CollectFields(parentType1, selectionSet1);
        var result2 = CollectFields(parentType2, selectionSet2);
        CollectConflictsBetween(conflicts, mutuallyExclusive, result1, result2);
        foreach (var fragmentName2 in result2.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, result1, fragmentName2);
        }

        foreach (var fragmentName1 in result1.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, mutuallyExclusive, result2, fragmentName1);
        }

        foreach (var fragmentName1 in result1.FragmentNames)
        {
            foreach (var fragmentName2 in result2.FragmentNames)
            {
                CollectConflictsBetweenFragments(conflicts, mutuallyExclusive, fragmentName1, fragmentName2);
            }
        }

        return conflicts;
    }

    private void CollectConflictsWithin(List<Conflict> conflicts, CollectFieldsResult result)
    {
        foreach (var key in result.Keys)
        {
            var fields = result.Fields[key];
            for (var i = 0; i < fields.Count; i++)
            {
                for (var j = i + 1; j < fields.Count; j++)
                {
                    if (FindConflict(false, key, fields[i], fields[j]) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private void CollectConflictsBetween(List<Conflict> conflicts, bool mutuallyExclusive, CollectFieldsResult result1, CollectFieldsResult result2)
    {
        if (result1.Keys.Count == 0 || result2.Keys.Count == 0)
        {
            return;
        }

        foreach (var (responseName, fields1, fields2) in OverlappingFields(result1, result2))
        {
            foreach (var field1 in fields1)
            {
                foreach (var field2 in fields2)
                {
                    if (FindConflict(mutuallyExclusive, responseName, field1, field2) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private List<(string, List<FieldDetails>, List<FieldDetails>)> OverlappingFields(CollectFieldsResult result1, CollectFieldsResult result2)
    {
        result1.Overlaps ??= new Dictionary<CollectFieldsResult, List<(string, List<FieldDetails>, List<FieldDetails>)>>(ReferenceEqualityComparer.Instance);
        if (result1.Overlaps.TryGetValue(result2, out var cached))
        {
            return cached;
        }

        var overlapping = new List<(string, List<FieldDetails>, List<FieldDetails>)>();
        foreach (var key in result1.Keys)
        {
            Spend(1);
            if (result2.Fields.TryGetValue(key, out var fields2))
            {
                overlapping.Add((key, result1.Fields[key], fields2));
            }
        }

        result1.Overlaps[result2] = overlapping;
        return overlapping;
    }

    private Conflict? FindConflict(bool parentFieldsAreMutuallyExclusive, string responseName, FieldDetails field1, FieldDetails field2)
    {
        StackGuard.Ensure();
        // Fields on two different object types can never both apply, so only their response shapes must agree.
        var mutuallyExclusive = parentFieldsAreMutuallyExclusive
            || (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);
        Spend(2);
        var type1 = field1.Definition?.Type;
        var type2 = field2.Definition?.Type;
        if (field1.IsSimpleLeaf && field2.IsSimpleLeaf && ReferenceEquals(type1, type2) && field1.Node.Name.Value == field2.Node.Name.Value)
        {
            return null;
        }

        if (!mutuallyExclusive)
        {
            var info1 = field1.GetInfo();
            var info2 = field2.GetInfo();
            if (!info1.Comparisons.TryGetValue(info2, out var reason))
            {
                var name1 = field1.Node.Name.Value;
                var name2 = field2.Node.Name.Value;
                reason = name1 != name2
                    ? $"\"{Abbreviate(name1)}\" and \"{Abbreviate(name2)}\" are different fields"
                    : SameArguments(field1.Node.Arguments, field2.Node.Arguments) ? null : "they have differing arguments";
                info1.Comparisons[info2] = reason;
            }

            if (reason is not null)
            {
                return new Conflict(responseName, reason, [field1.Node], [field2.Node]);
            }
        }

        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            return new Conflict(responseName, $"they return conflicting types \"{type1}\" and \"{type2}\"", [field1.Node], [field2.Node]);
        }

        if (field1.Node.SelectionSet is { } selectionSet1 && field2.Node.SelectionSet is { } selectionSet2)
        {
            var conflicts = FindConflictsBetweenSubSelectionSets(mutuallyExclusive, field1.GetInfo().NamedType, selectionSet1, field2.GetInfo().NamedType, selectionSet2);
            return SubfieldConflicts(conflicts, responseName, field1.Node, field2.Node);
        }

        return null;
    }

    private bool SameArguments(IReadOnlyList<ArgumentNode> arguments1, IReadOnlyList<ArgumentNode> arguments2)
    {
        if (arguments1.Count != arguments2.Count)
        {
            return false;
        }

        foreach (var argument1 in arguments1)
        {
            Spend(1);
            ValueNode? value2 = null;
            foreach (var argument2 in arguments2)
            {
                if (argument2.Name.Value == argument1.Name.Value)
                {
                    value2 = argument2.Value;
                }
            }

            if (value2 is null || Stringify(argument1.Value) != Stringify(value2))
            {
                return false;
            }
        }

        return true;
    }

    private string Stringify(ValueNode value)
    {
        if (_stringifiedValues.TryGetValue(value, out var cached))
        {
            return cached;
        }

        var builder = new StringBuilder();
        AppendCanonical(builder, value);
        var text = builder.ToString();
        _stringifiedValues[value] = text;
        return text;
    }

    /// <summary>A rendering equal for two literals exactly when they are the same value, input object fields in name order.</summary>
    private static void AppendCanonical(StringBuilder builder, ValueNode value)
    {
        StackGuard.Ensure();
        switch (value)
        {
            case VariableNode variable:
                builder.Append("$").Append(variable.Name.Value);
                break;
            case IntValueNode i:
                builder.Append("I").Append(i.Value);
                break;
            case FloatValueNode f:
                builder.Append("F").Append(f.Value);
                break;
            case StringValueNode s:
                builder.Append(s.Block ? "B" : "S").Append(System.Text.Json.JsonSerializer.Serialize(s.Value));
                break;
            case BooleanValueNode b:
                builder.Append(b.Value ? "T" : "X");
                break;
            case NullValueNode:
                builder.Append('N');
                break;
            case EnumValueNode e:
                builder.Append("E").Append(e.Value);
                break;
            case ListValueNode list:
                builder.Append('[');
                foreach (var item in list.Values)
                {
                    AppendCanonical(builder, item);
                    builder.Append(',');
                }

                builder.Append(']');
                break;
            case ObjectValueNode obj:
                var fields = new List<ObjectFieldNode>(obj.Fields);
                JsArraySort.Sort(fields, (a, b) => string.CompareOrdinal(a.Name.Value, b.Name.Value));
                builder.Append('{');
                foreach (var field in fields)
                {
                    builder.Append(field.Name.Value).Append(':');
                    AppendCanonical(builder, field.Value);
                    builder.Append(',');
                }

                builder.Append('}');
                break;
        }
    }

    private bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
    {
        if (ReferenceEquals(type1, type2))
        {
            return false;
        }

        Spend(1);
        if (type1 is ListType list1)
        {
            return type2 is not ListType list2 || DoTypesConflict(list1.OfType, list2.OfType);
        }

        if (type2 is ListType)
        {
            return true;
        }

        if (type1 is NonNullType nonNull1)
        {
            return type2 is not NonNullType nonNull2 || DoTypesConflict(nonNull1.OfType, nonNull2.OfType);
        }

        if (type2 is NonNullType)
        {
            return true;
        }

        return (type1.IsLeafType || type2.IsLeafType) && !ReferenceEquals(type1, type2);
    }

    private CollectFieldsResult CollectFields(NamedType? parentType, SelectionSetNode selectionSet)
    {
        if (_collected.TryGetValue((parentType, selectionSet), out var cached))
        {
            return cached;
        }

        var result = new CollectFieldsResult();
        var fragmentNames = new HashSet<string>(StringComparer.Ordinal);
        CollectFieldsImpl(parentType, selectionSet, result, fragmentNames);
        _collected[(parentType, selectionSet)] = result;
        return result;
    }

    private CollectFieldsResult CollectFragmentFields(FragmentDefinitionNode fragment) =>
        CollectFields(Context.Schema.GetType(fragment.TypeCondition.Name.Value), fragment.SelectionSet);

    private void CollectFieldsImpl(NamedType? parentType, SelectionSetNode selectionSet, CollectFieldsResult result, HashSet<string> fragmentNames)
    {
        StackGuard.Ensure();
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    OutputField? definition = null;
                    if (parentType is ComplexType complex)
                    {
                        complex.Fields.TryGetField(field.Name.Value, out definition);
                    }

                    var key = field.ResponseKey;
                    if (!result.Fields.TryGetValue(key, out var list))
                    {
                        result.Fields[key] = list = [];
                        result.Keys.Add(key);
                    }

                    list.Add(new FieldDetails(parentType, field, definition, field.Arguments.Count == 0 && field.SelectionSet is null));
                    break;
                case FragmentSpreadNode spread:
                    if (fragmentNames.Add(spread.Name.Value))
                    {
                        result.FragmentNames.Add(spread.Name.Value);
                    }

                    break;
                case InlineFragmentNode inline:
                    var inlineType = inline.TypeCondition is { } condition ? Context.Schema.GetType(condition.Name.Value) : parentType;
                    CollectFieldsImpl(inlineType, inline.SelectionSet, result, fragmentNames);
                    break;
            }
        }
    }

    private static Conflict? SubfieldConflicts(List<Conflict> conflicts, string responseName, FieldNode node1, FieldNode node2)
    {
        if (conflicts.Count == 0)
        {
            return null;
        }

        var message = new StringBuilder();
        foreach (var conflict in conflicts)
        {
            message.Append(message.Length == 0 ? "" : " and ")
                .Append("subfields \"").Append(Abbreviate(conflict.ResponseName)).Append("\" conflict because ").Append(conflict.Reason);
            if (message.Length > MaxConflictDetailLength)
            {
                break;
            }
        }

        return new Conflict(responseName, Abbreviate(message.ToString()), ConflictNodes(node1, conflicts, first: true), ConflictNodes(node2, conflicts, first: false));
    }

    private static List<FieldNode> ConflictNodes(FieldNode node, List<Conflict> conflicts, bool first)
    {
        var nodes = new List<FieldNode> { node };
        foreach (var conflict in conflicts)
        {
            var side = first ? conflict.Fields1 : conflict.Fields2;
            var remaining = MaxConflictNodes - nodes.Count;
            var start = Math.Max(0, side.Count - remaining);
            for (var i = start; i < side.Count; i++)
            {
                nodes.Add(side[i]);
            }

            if (nodes.Count == MaxConflictNodes)
            {
                break;
            }
        }

        return nodes;
    }

    private static string Abbreviate(string text) =>
        text.Length > MaxConflictDetailLength ? text[..MaxConflictDetailLength] + "..." : text;

    private void Spend(int cost)
    {
        _budget -= cost;
        if (_budget < 0)
        {
            throw new OverlapBudgetExceededException();
        }
    }

    private bool PairSeen(string a, string b, bool mutuallyExclusive) =>
        PairSeenOneWay(a, b, mutuallyExclusive) || PairSeenOneWay(b, a, mutuallyExclusive);

    // A pair compared as not mutually exclusive also covers the exclusive comparison, not the other way round.
    private bool PairSeenOneWay(string a, string b, bool mutuallyExclusive) =>
        _comparedFragmentPairs.TryGetValue(a, out var map) && map.TryGetValue(b, out var stored) && (mutuallyExclusive || stored == mutuallyExclusive);

    private void AddPair(string a, string b, bool mutuallyExclusive)
    {
        if (!_comparedFragmentPairs.TryGetValue(a, out var map))
        {
            _comparedFragmentPairs[a] = map = new Dictionary<string, bool>(StringComparer.Ordinal);
        }

        map[b] = mutuallyExclusive;
    }

    private sealed record Conflict(string ResponseName, string Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);

    private sealed class CollectFieldsResult
    {
        public List<string> Keys { get; } = [];

        public Dictionary<string, List<FieldDetails>> Fields { get; } = new(StringComparer.Ordinal);

        public List<string> FragmentNames { get; } = [];

        public Dictionary<string, bool>? ComparedFragments { get; set; }

        public Dictionary<CollectFieldsResult, List<(string, List<FieldDetails>, List<FieldDetails>)>>? Overlaps { get; set; }
    }

    private sealed class FieldDetails(NamedType? parentType, FieldNode node, OutputField? definition, bool isSimpleLeaf)
    {
        private FieldInfo? _info;

        public NamedType? ParentType { get; } = parentType;

        public FieldNode Node { get; } = node;

        public OutputField? Definition { get; } = definition;

        public bool IsSimpleLeaf { get; } = isSimpleLeaf;

        public FieldInfo GetInfo() => _info ??= new FieldInfo(Definition?.Type.GetNamedType());
    }

    private sealed class FieldInfo(NamedType? namedType)
    {
        public Dictionary<FieldInfo, string?> Comparisons { get; } = new(ReferenceEqualityComparer.Instance);

        public NamedType? NamedType { get; } = namedType;
    }

    private sealed class CollectKeyComparer : IEqualityComparer<(NamedType?, SelectionSetNode)>
    {
        public static readonly CollectKeyComparer Instance = new();

        public bool Equals((NamedType?, SelectionSetNode) x, (NamedType?, SelectionSetNode) y) =>
            ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);

        public int GetHashCode((NamedType?, SelectionSetNode) obj) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Item1), System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Item2));
    }
}

/// <summary>Thrown when field merging would take more work than its budget; validation then ends with "Validation aborted.".</summary>
internal sealed class OverlapBudgetExceededException : Exception;
