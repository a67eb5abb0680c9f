using Commerce.GraphQL.Language;
using Commerce.GraphQL.Types;

namespace Commerce.GraphQL.Coercion;

/// <summary>The schema type a type reference of a document names (graphql-js's typeFromAST); null when a named type is unknown.</summary>
public static class TypeFromAst
{
    public static GraphQLType? Get(Schema schema, TypeNode node) => node switch
    {
        NonNullTypeNode nonNull => Get(schema, nonNull.Type) is { } inner and not NonNullType ? new NonNullType(inner) : null,
        ListTypeNode list => Get(schema, list.Type) is { } item ? new ListType(item) : null,
        NamedTypeNode named => schema.GetType(named.Name.Value),
        _ => null,
    };
}
