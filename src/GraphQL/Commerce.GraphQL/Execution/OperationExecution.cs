using Commerce.GraphQL.Coercion;
using Commerce.GraphQL.Execution.Planning;
using Commerce.GraphQL.Language;
using Commerce.GraphQL.Types;

namespace Commerce.GraphQL.Execution;

/// <summary>
/// One execution of an operation (spec 6.2-6.4): the request's state and the algorithms ExecuteQuery,
/// ExecuteMutation, ExecuteSelectionSet and ExecuteField. Values flow through <see cref="ValueTask{T}"/> so a
/// synchronous resolver costs no Task; only a resolver that is actually pending makes its parents go async.
/// A completed value that failed a non-null position is <see cref="Failed"/>: the error is already recorded and
/// the nearest nullable position turns it into null (spec 6.4.4 "Handling Field Errors").
/// </summary>
internal sealed partial class OperationExecution
{
    /// <summary>The value of a position that raised a field error and must propagate to its nearest nullable parent.</summary>
    internal static readonly object Failed = new();

    private readonly object _gate = new();
    private List<GraphQLError>? _errors;
    private readonly IReadOnlyDictionary<string, object?>? _contextSeed;
    private Dictionary<string, object?>? _contextData;
    private DataLoader.DataLoaderScope? _dataLoaders;

    public OperationExecution(
        RequestExecutor executor,
        OperationPlan plan,
        IReadOnlyDictionary<string, object?> variables,
        GraphQLRequest request,
        object? rootValue,
        CancellationToken cancellationToken)
    {
        Executor = executor;
        Plan = plan;
        Variables = variables;
        Services = request.Services ?? EmptyServices.Instance;
        _contextSeed = request.ContextData;
        RootValue = rootValue;
        CancellationToken = cancellationToken;
        Loop = new ExecutionLoop();
    }

    public RequestExecutor Executor { get; }

    public OperationPlan Plan { get; }

    public Schema Schema => Plan.Schema;

    public OperationDefinitionNode Operation => Plan.Operation.Operation;

    public IReadOnlyDictionary<string, object?> Variables { get; }

    public IServiceProvider Services { get; }

    /// <summary>Per-request state for resolvers, seeded from the request; created on first use.</summary>
    public Dictionary<string, object?> ContextData =>
        _contextData ??= _contextSeed is { } seed ? new Dictionary<string, object?>(seed) : new Dictionary<string, object?>();

    public object? RootValue { get; }

    public CancellationToken CancellationToken { get; }

    public ExecutionLoop Loop { get; }

    /// <summary>The request's loaders, bound to its loop; created on first use (most requests of a cached plan never need one).</summary>
    public DataLoader.DataLoaderScope DataLoaders => _dataLoaders ??= new DataLoader.DataLoaderScope(Services, Loop, CancellationToken);

    /// <summary>Executes the operation to one result (queries and mutations, and one subscription event).</summary>
    public async ValueTask<OperationResult> ExecuteAsync()
    {
        object? data;
        try
        {
            data = await Loop.RunAsync(static self => self.ExecuteRootSelectionSet(), this, CancellationToken).ConfigureAwait(false);
        }
        catch (GraphQLException error)
        {
            // Raised while collecting the root fields (a @skip/@include argument that cannot be coerced).
            foreach (var raised in error.Errors)
            {
                AddError(raised);
            }

            data = Failed;
        }

        CancellationToken.ThrowIfCancellationRequested();
        return new OperationResult(data == Failed ? null : (ResultMap?)data, Errors());
    }

    public IReadOnlyList<GraphQLError> Errors()
    {
        lock (_gate)
        {
            return _errors is null ? [] : _errors.ToArray();
        }
    }

    private ValueTask<object?> ExecuteRootSelectionSet()
    {
        var rootPlan = Plan.GetRootPlan(Variables);
        return Operation.Operation == OperationType.Mutation
            ? ExecuteFieldsSerially(rootPlan, RootValue)
            : ExecuteFields(rootPlan, RootValue, ObjectPath.Root);
    }

    /// <summary>
    /// ExecuteSelectionSet with "normal" (parallel) evaluation: every field is started before any is awaited, and
    /// the map is pre-sized and filled in response order as the values arrive.
    /// </summary>
    internal ValueTask<object?> ExecuteFields(SelectionSetPlan plan, object? parent, ObjectPath path)
    {
        var fields = plan.Fields;
        var map = new ResultMap(plan.Keys);
        List<(int Index, ValueTask<object?> Value)>? pending = null;
        for (var i = 0; i < fields.Length; i++)
        {
            var field = fields[i];
            var value = ExecuteField(field, parent, path);
            if (value.IsCompletedSuccessfully)
            {
                var result = value.Result;
                if (result == Failed)
                {
                    return pending is null ? new ValueTask<object?>(Failed) : AwaitThenFail(pending);
                }

                map.SetValue(i, result);
            }
            else
            {
                (pending ??= []).Add((i, value));
            }
        }

        return pending is null ? new ValueTask<object?>(map) : AwaitFields(map, pending);
    }

    private static async ValueTask<object?> AwaitFields(ResultMap map, List<(int Index, ValueTask<object?> Value)> pending)
    {
        var failed = false;
        foreach (var (index, value) in pending)
        {
            var result = await value;
            if (result == Failed)
            {
                failed = true;
            }
            else
            {
                map.SetValue(index, result);
            }
        }

        return failed ? Failed : map;
    }

    /// <summary>Siblings already started still run to completion (their errors belong to the response) before the failure propagates.</summary>
    private static async ValueTask<object?> AwaitThenFail(List<(int Index, ValueTask<object?> Value)> pending)
    {
        foreach (var (_, value) in pending)
        {
            await value;
        }

        return Failed;
    }

    /// <summary>ExecuteSelectionSet with serial evaluation (spec 6.2.2 for mutations): each root field completes before the next starts.</summary>
    private async ValueTask<object?> ExecuteFieldsSerially(SelectionSetPlan plan, object? parent)
    {
        var fields = plan.Fields;
        var map = new ResultMap(plan.Keys);
        for (var i = 0; i < fields.Length; i++)
        {
            var result = await ExecuteField(fields[i], parent, ObjectPath.Root);
            if (result == Failed)
            {
                return Failed;
            }

            map.SetValue(i, result);
        }

        return map;
    }

    /// <summary>The spec's ExecuteField (6.4): coerce arguments, resolve, complete; a field error becomes null or propagates.</summary>
    internal ValueTask<object?> ExecuteField(FieldPlan field, object? parent, ObjectPath parentPath)
    {
        object? resolved;
        try
        {
            if (field.IsTypeName)
            {
                return new ValueTask<object?>(field.ParentType.Name);
            }

            if (field.Resolver is null)
            {
                resolved = parent is null ? null : field.GetAccessor(parent.GetType(), Executor.Accessors)(parent);
            }
            else if (field.ParentReader is { } read)
            {
                resolved = parent is null ? null : read(parent);
            }
            else
            {
                var context = new ResolverContext(this, field, parent, parentPath, CoerceArguments(field));
                var pending = field.Resolver(context);
                if (!pending.IsCompletedSuccessfully)
                {
                    return AwaitResolvedField(field, pending, parentPath);
                }

                resolved = pending.Result;
            }
        }
        catch (Exception error)
        {
            return new ValueTask<object?>(HandleFieldError(error, field, field.Type, parentPath, -1));
        }

        // Most fields of a response: a built-in scalar already in serialized form is its own completed value.
        if (field.BuiltInLeafType is { } leafType && resolved is not null && IsSerialized(leafType, resolved))
        {
            return new ValueTask<object?>(resolved);
        }

        return CompletePosition(field, field.Type, resolved, parentPath, -1);
    }

    private async ValueTask<object?> AwaitResolvedField(FieldPlan field, ValueTask<object?> pending, ObjectPath parentPath)
    {
        object? resolved;
        try
        {
            resolved = await pending;
        }
        catch (Exception error)
        {
            return HandleFieldError(error, field, field.Type, parentPath, -1);
        }

        return await CompletePosition(field, field.Type, resolved, parentPath, -1);
    }

    /// <summary>The spec's CoerceArgumentValues for a field, done once per plan when the arguments name no variable.</summary>
    private IReadOnlyDictionary<string, object?> CoerceArguments(FieldPlan field)
    {
        if (field.ConstantArguments is { } constant)
        {
            return constant;
        }

        if (field.ArgumentError is { } error)
        {
            throw error;
        }

        return ArgumentCoercion.CoerceArgumentValues(field.Field.Arguments, field.Nodes[0].Arguments, Variables, field.Nodes[0]);
    }

    /// <summary>The path of a field (index &lt; 0) or of a list item (index ≥ 0, <paramref name="parent"/> is the list's path).</summary>
    internal static ResponsePath PathOf(FieldPlan field, ResponsePath? parent, int index) =>
        index >= 0 ? parent!.Append(index) : parent is null ? ResponsePath.Root(field.ResponseKey) : parent.Append(field.ResponseKey);

    internal static ResponsePath PathOf(FieldPlan field, ObjectPath parent, int index) => PathOf(field, parent.Get(), index);

    private sealed class EmptyServices : IServiceProvider
    {
        public static EmptyServices Instance { get; } = new();

        public object? GetService(Type serviceType) => null;
    }
}
