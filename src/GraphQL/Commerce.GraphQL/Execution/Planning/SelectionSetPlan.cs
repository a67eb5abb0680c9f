using Commerce.GraphQL.Types;

namespace Commerce.GraphQL.Execution.Planning;

/// <summary>The result of CollectFields for one object type: its fields in response order.</summary>
internal sealed class SelectionSetPlan(ObjectType type, FieldPlan[] fields)
{
    public ObjectType Type { get; } = type;

    public FieldPlan[] Fields { get; } = fields;
}
