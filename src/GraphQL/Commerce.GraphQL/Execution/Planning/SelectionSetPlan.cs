using Commerce.GraphQL.Types;

namespace Commerce.GraphQL.Execution.Planning;

/// <summary>The result of CollectFields for one object type: its fields in response order.</summary>
internal sealed class SelectionSetPlan(ObjectType type, FieldPlan[] fields)
{
    public ObjectType Type { get; } = type;

    public FieldPlan[] Fields { get; } = fields;

    /// <summary>True when a field's value is an object or a list, whose members need this object's path.</summary>
    public bool HasCompositeFields { get; } = Array.Exists(fields, f => !f.Type.Nullable.IsLeafType);

    /// <summary>Each field's response key as JSON writes it (<c>"key":</c>), encoded once per plan instead of once per object.</summary>
    public ResponseKeys Keys { get; } = ResponseKeys.Of(fields);
}
