using Commerce.GraphQL.Coercion;
using Commerce.GraphQL.Language;
using Commerce.GraphQL.Types;

namespace Commerce.GraphQL.Execution.Planning;

/// <summary>
/// One response key of a collected selection set on one object type (the spec's field set of CollectFields),
/// with everything execution can know before it sees a value: the field definition, its resolver, its merged
/// field nodes and their locations, constant argument values, and caches for the sub-selection plans and the
/// default resolver's member accessor. Plans are shared by concurrent requests; caches are swapped atomically.
/// </summary>
internal sealed class FieldPlan
{
    private SubPlanEntry[] _subPlans = [];
    private AccessorEntry? _accessor;
    private RuntimeTypeEntry? _runtimeType;

    public FieldPlan(string responseKey, ObjectType parentType, OutputField field, FieldNode[] nodes, OperationPlan operation)
    {
        ResponseKey = responseKey;
        ParentType = parentType;
        Field = field;
        Nodes = nodes;
        Operation = operation;
        Type = field.Type;
        Resolver = field.Resolver;
        ParentReader = ParentResolvers.ReaderOf(field.Resolver);
        IsTypeName = ReferenceEquals(field, operation.Schema.Introspection.TypeNameField);
        BuiltInLeafType = field.Type.Nullable is IntType or FloatType or StringType or BooleanType or IdType ? field.Type.Nullable : null;
        Locations = LocationsOf(nodes);
        RuntimeTypesByClrType = field.Type.GetNamedType() switch
        {
            InterfaceType { ResolveType: null } i => operation.Schema.GetPossibleTypes(i).All(t => t.IsTypeOf is null),
            UnionType { ResolveType: null } u => operation.Schema.GetPossibleTypes(u).All(t => t.IsTypeOf is null),
            _ => false,
        };

        var arguments = nodes[0].Arguments;
        if (field.Arguments.Count == 0)
        {
            ConstantArguments = Empty;
        }
        else if (ArgumentCoercion.IsConstant(arguments))
        {
            try
            {
                ConstantArguments = ArgumentCoercion.CoerceArgumentValues(field.Arguments, arguments, null, nodes[0]);
            }
            catch (GraphQLException error)
            {
                ArgumentError = error;
            }
        }
    }

    public static IReadOnlyDictionary<string, object?> Empty { get; } = new Dictionary<string, object?>();

    public string ResponseKey { get; }

    public ObjectType ParentType { get; }

    /// <summary>The field's type without non-null when it is a built-in scalar: values already in serialized form need no completion.</summary>
    public GraphQLType? BuiltInLeafType { get; }

    public OutputField Field { get; }

    public GraphQLType Type { get; }

    public FieldNode[] Nodes { get; }

    public OperationPlan Operation { get; }

    /// <summary>The field's resolver; null means the default resolver.</summary>
    public FieldResolver? Resolver { get; set; }

    public bool IsTypeName { get; }

    /// <summary>Set when the resolver only reads the parent: the executor calls it without a resolver context.</summary>
    public Func<object, object?>? ParentReader { get; }

    public IReadOnlyList<Location>? Locations { get; }

    /// <summary>The coerced arguments when they name no variable (the same for every request); null otherwise.</summary>
    public IReadOnlyDictionary<string, object?>? ConstantArguments { get; }

    /// <summary>Why the constant arguments cannot be coerced (only when the document skipped validation).</summary>
    public GraphQLException? ArgumentError { get; }

    /// <summary>
    /// True when this field's abstract type is resolved only by possible types' CLR types (no resolver, no
    /// IsTypeOf), so the answer for one CLR type holds for every value of that type.
    /// </summary>
    public bool RuntimeTypesByClrType { get; }

    public ObjectType? CachedRuntimeType(Type clrType) => _runtimeType is { } entry && entry.ClrType == clrType ? entry.Type : null;

    public void CacheRuntimeType(Type clrType, ObjectType type) => _runtimeType = new RuntimeTypeEntry(clrType, type);

    /// <summary>The plan of this field's sub-selection (CollectSubfields) for a runtime object type.</summary>
    public SelectionSetPlan GetSubPlan(ObjectType objectType, IReadOnlyDictionary<string, object?> variables)
    {
        var entries = _subPlans;
        foreach (var entry in entries)
        {
            if (ReferenceEquals(entry.Type, objectType))
            {
                return entry.Plan;
            }
        }

        var plan = Operation.CollectSubfields(objectType, Nodes, variables);
        var grown = new SubPlanEntry[entries.Length + 1];
        entries.CopyTo(grown, 0);
        grown[entries.Length] = new SubPlanEntry(objectType, plan);
        Interlocked.CompareExchange(ref _subPlans, grown, entries);
        return plan;
    }

    /// <summary>The default resolver's accessor for the parent's CLR type, remembered for the last type seen.</summary>
    public Func<object, object?> GetAccessor(Type parentType, MemberAccessors accessors)
    {
        var entry = _accessor;
        if (entry is not null && entry.Type == parentType)
        {
            return entry.Accessor;
        }

        var accessor = accessors.Get(parentType, Field.Name);
        _accessor = new AccessorEntry(parentType, accessor);
        return accessor;
    }

    private static Location[]? LocationsOf(FieldNode[] nodes)
    {
        var locations = new List<Location>(nodes.Length);
        foreach (var node in nodes)
        {
            if (node.Location is { } location)
            {
                locations.Add(location);
            }
        }

        return locations.Count == 0 ? null : locations.ToArray();
    }

    private sealed record SubPlanEntry(ObjectType Type, SelectionSetPlan Plan);

    private sealed record AccessorEntry(Type Type, Func<object, object?> Accessor);

    private sealed record RuntimeTypeEntry(Type ClrType, ObjectType Type);
}
