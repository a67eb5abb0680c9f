using Commerce.GraphQL.Language;
using Commerce.GraphQL.Types;

namespace Commerce.GraphQL.Validation;

/// <summary>Type references of a document resolved against a schema, and the spec's type comparisons.</summary>
public static class TypeReferences
{
    /// <summary>The schema type a type reference names; null when a named type is unknown.</summary>
    public static GraphQLType? FromAst(Schema schema, TypeNode node)
    {
        StackGuard.Ensure();
        return FromAstUnguarded(schema, node);
    }

    private static GraphQLType? FromAstUnguarded(Schema schema, TypeNode node) => node switch
    {
        NamedTypeNode named => schema.GetType(named.Name.Value),
        ListTypeNode list => FromAst(schema, list.Type) is { } item ? new ListType(item) : null,
        NonNullTypeNode nonNull => FromAst(schema, nonNull.Type) is { } inner and not NonNullType ? new NonNullType(inner) : null,
        _ => null,
    };

    /// <summary>True when both are the same type: named types by identity, wrappers structurally.</summary>
    public static bool IsEqualType(GraphQLType a, GraphQLType b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        return (a, b) switch
        {
            (NonNullType x, NonNullType y) => IsEqualType(x.OfType, y.OfType),
            (ListType x, ListType y) => IsEqualType(x.OfType, y.OfType),
            _ => false,
        };
    }

    /// <summary>True when a value of <paramref name="maybeSubType"/> is always a valid <paramref name="superType"/> (covariance).</summary>
    public static bool IsTypeSubTypeOf(Schema schema, GraphQLType maybeSubType, GraphQLType superType)
    {
        if (ReferenceEquals(maybeSubType, superType))
        {
            return true;
        }

        if (superType is NonNullType superNonNull)
        {
            return maybeSubType is NonNullType subNonNull && IsTypeSubTypeOf(schema, subNonNull.OfType, superNonNull.OfType);
        }

        if (maybeSubType is NonNullType nonNull)
        {
            return IsTypeSubTypeOf(schema, nonNull.OfType, superType);
        }

        if (superType is ListType superList)
        {
            return maybeSubType is ListType subList && IsTypeSubTypeOf(schema, subList.OfType, superList.OfType);
        }

        if (maybeSubType is ListType)
        {
            return false;
        }

        return superType.IsAbstractType && maybeSubType is ComplexType && maybeSubType is NamedType sub
            && schema.IsSubType((NamedType)superType, sub);
    }
}
