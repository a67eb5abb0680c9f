using Commerce.GraphQL.Language;
using Commerce.GraphQL.Types;

namespace Commerce.GraphQL.Introspection;

/// <summary>
/// Prints a default value the way introspection reports it (<c>__InputValue.defaultValue</c>): as GraphQL literal
/// text in canonical form, so block strings print as ordinary strings.
/// </summary>
public static class DefaultValuePrinter
{
    public static string Print(ValueNode defaultValue, GraphQLType type) => Printer.Print(Canonical(defaultValue, type));

    private static ValueNode Canonical(ValueNode value, GraphQLType type) => (value, type.Nullable) switch
    {
        (StringValueNode { Block: true } s, _) => new StringValueNode(s.Value),
        (NullValueNode, _) => value,
        (ListValueNode list, ListType listType) => new ListValueNode(list.Values.Select(v => Canonical(v, listType.OfType)).ToList()),
        (_, ListType listType) => new ListValueNode([Canonical(value, listType.OfType)]),
        (ObjectValueNode obj, InputObjectType input) => new ObjectValueNode(obj.Fields
            .Select(f => new ObjectFieldNode(f.Name, input.Fields.TryGetField(f.Name.Value, out var field) ? Canonical(f.Value, field.Type) : f.Value))
            .ToList()),
        _ => value,
    };
}
