using Commerce.GraphQL.Coercion;
using Commerce.GraphQL.Language;
using Commerce.GraphQL.Types;

namespace Commerce.GraphQL.Introspection;

/// <summary>
/// Prints a default value the way introspection and SDL report it: the literal is coerced to its value (input
/// object fields left out take their own defaults, single values become lists) and printed back from that value,
/// as graphql-js does, so a default reads the same however it was written.
/// </summary>
public static class DefaultValuePrinter
{
    public static string Print(ValueNode defaultValue, GraphQLType type) =>
        ValueFromAst.TryGetValue(defaultValue, type, variables: null, out var value) && AstFromValue.Get(value, type) is { } canonical
            ? Printer.Print(canonical)
            : Printer.Print(defaultValue);
}
