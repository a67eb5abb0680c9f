using Commerce.GraphQL.Execution.Planning;

namespace Commerce.GraphQL.Execution;

/// <summary>
/// The response path of an object (or list) whose members are being completed, built only when something needs
/// it: an error, a resolver asking for its path, or a member that is itself an object or list. Objects whose
/// fields are all leaves (most of a response's objects) never allocate their path.
/// </summary>
internal readonly struct ObjectPath
{
    private readonly ResponsePath? _parent;
    private readonly FieldPlan? _field;
    private readonly int _index;

    private ObjectPath(ResponsePath? parent, FieldPlan? field, int index)
    {
        _parent = parent;
        _field = field;
        _index = index;
    }

    /// <summary>The path of the root selection set (none).</summary>
    public static ObjectPath Root => default;

    public static ObjectPath Of(ResponsePath path) => new(path, null, -1);

    /// <summary>The path of the value of <paramref name="field"/> (index &lt; 0) or of item <paramref name="index"/> of a list under <paramref name="parent"/>.</summary>
    public static ObjectPath Deferred(ResponsePath? parent, FieldPlan field, int index) => new(parent, field, index);

    public ResponsePath? Get() => _field is null ? _parent : OperationExecution.PathOf(_field, _parent, _index);
}
