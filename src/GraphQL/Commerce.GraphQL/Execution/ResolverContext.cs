using Commerce.GraphQL.Execution.Planning;
using Commerce.GraphQL.Language;
using Commerce.GraphQL.Types;

namespace Commerce.GraphQL.Execution;

/// <summary>
/// What one resolver call sees. Created only for fields with a resolver (the default resolver needs none);
/// its path is built on first use, since most resolvers never ask for it.
/// </summary>
internal sealed class ResolverContext(
    OperationExecution execution,
    FieldPlan plan,
    object? parent,
    ObjectPath parentPath,
    IReadOnlyDictionary<string, object?> arguments,
    int index = -1) : IResolverContext
{
    private ResponsePath? _path;

    public OperationExecution Execution { get; } = execution;

    public Schema Schema => Execution.Schema;

    public ObjectType ObjectType => plan.ParentType;

    public OutputField Field => plan.Field;

    public FieldNode Selection => plan.Nodes[0];

    public IReadOnlyList<FieldNode> FieldNodes => plan.Nodes;

    public OperationDefinitionNode Operation => Execution.Operation;

    public ResponsePath Path => _path ??= OperationExecution.PathOf(plan, parentPath, index);

    public object? Parent { get; } = parent;

    public IReadOnlyDictionary<string, object?> Arguments { get; } = arguments;

    public IReadOnlyDictionary<string, object?> CoercedVariables => Execution.Variables;

    public IServiceProvider Services => Execution.Services;

    public IDictionary<string, object?> ContextData => Execution.ContextData;

    public CancellationToken RequestAborted => Execution.CancellationToken;

    public T ParentAs<T>() => Parent is T typed ? typed : throw new InvalidCastException($"The parent of {ObjectType.Name}.{Field.Name} is not a {typeof(T).Name}.");

    public T ArgumentValue<T>(string name)
    {
        if (!Arguments.TryGetValue(name, out var value))
        {
            return default!;
        }

        if (value is T typed && value is not IReadOnlyDictionary<string, object?>)
        {
            return typed;
        }

        var type = Field.Arguments.TryGetField(name, out var argument) ? argument.Type : null;
        return Execution.Executor.Converter.Convert<T>(value, type);
    }

    public bool HasArgument(string name)
    {
        foreach (var argument in Selection.Arguments)
        {
            if (argument.Name.Value == name)
            {
                return argument.Value is not VariableNode variable || Execution.Variables.ContainsKey(variable.Name.Value);
            }
        }

        return false;
    }

    public T Service<T>()
        where T : notnull =>
        Services.GetService(typeof(T)) is T service ? service : throw new InvalidOperationException($"No service of type {typeof(T).FullName} is registered.");

    public void ReportError(GraphQLError error)
    {
        var located = error.Path is null ? error.WithPath(Path.ToList()) : error;
        if (located.Locations is null && plan.Locations is not null)
        {
            located = located.WithLocations(plan.Locations);
        }

        Execution.AddError(located);
    }
}
