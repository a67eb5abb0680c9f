using Commerce.GraphQL.Language;

namespace Commerce.GraphQL.Validation;

/// <summary>A type reference in SDL notation, e.g. <c>[Int!]</c>.</summary>
public static class TypePrinter
{
    public static string Print(TypeNode type) => type switch
    {
        NamedTypeNode named => named.Name.Value,
        ListTypeNode list => "[" + Print(list.Type) + "]",
        NonNullTypeNode nonNull => Print(nonNull.Type) + "!",
        _ => "",
    };
}
