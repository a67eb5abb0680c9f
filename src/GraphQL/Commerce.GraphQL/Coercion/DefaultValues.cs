using Commerce.GraphQL.Types;

namespace Commerce.GraphQL.Coercion;

/// <summary>The runtime value of an input value's default literal (graphql-js keeps defaults already coerced).</summary>
public static class DefaultValues
{
    public static object? Of(InputField field) =>
        field.DefaultValue is { } literal && ValueFromAst.TryGetValue(literal, field.Type, null, out var value)
            ? value
            : null;
}
