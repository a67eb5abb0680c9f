using Commerce.GraphQL.Types;

namespace Commerce.GraphQL.Configuration;

/// <summary>Reads a type reference in SDL notation (<c>[Int!]!</c>) against the types built so far.</summary>
internal static class TypeReferenceParser
{
    public static GraphQLType Parse(string reference, Func<string, NamedType> resolveName)
    {
        var text = reference.Trim();
        if (text.EndsWith('!'))
        {
            return new NonNullType(Parse(text[..^1], resolveName));
        }

        if (text.StartsWith('[') && text.EndsWith(']'))
        {
            return new ListType(Parse(text[1..^1], resolveName));
        }

        return resolveName(text);
    }
}
