using System.Reflection;

namespace Commerce.GraphQL.Configuration;

/// <summary>
/// What a C# type says about its GraphQL type: nullable or not (from nullable reference annotations and
/// <see cref="Nullable{T}"/>), a list of something, or a named CLR type. Task, ValueTask and IAsyncEnumerable
/// wrappers are looked through.
/// </summary>
internal sealed record ClrTypeShape(Type ClrType, bool IsNullable, ClrTypeShape? ElementType)
{
    public bool IsList => ElementType is not null;

    public static ClrTypeShape From(NullabilityInfo info) => From(info.Type, info);

    private static ClrTypeShape From(Type type, NullabilityInfo? info)
    {
        if (IsGeneric(type, typeof(Task<>)) || IsGeneric(type, typeof(ValueTask<>)))
        {
            return From(type.GetGenericArguments()[0], info?.GenericTypeArguments.ElementAtOrDefault(0));
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return From(underlying, null) with { IsNullable = true };
        }

        // Unknown nullability comes from generic parameters (Edge<T>.Node): the type argument decides, and our
        // generic shapes are only closed over non-null types, so unknown reads as non-null.
        var nullable = !type.IsValueType && info?.ReadState == NullabilityState.Nullable;
        if (type == typeof(string) || type == typeof(byte[]) || IsDictionary(type))
        {
            return new ClrTypeShape(type, nullable, null);
        }

        if (type.IsArray)
        {
            return new ClrTypeShape(type, nullable, From(type.GetElementType()!, info?.ElementType));
        }

        if (ListElementType(type) is { } element)
        {
            var elementInfo = info?.GenericTypeArguments.Length == 1 ? info.GenericTypeArguments[0] : null;
            return new ClrTypeShape(type, nullable, From(element, elementInfo));
        }

        return new ClrTypeShape(type, nullable, null);
    }

    /// <summary>The element type of IEnumerable&lt;T&gt; or IAsyncEnumerable&lt;T&gt; shapes, or null for non-lists.</summary>
    public static Type? ListElementType(Type type)
    {
        if (type == typeof(string) || IsDictionary(type))
        {
            return null;
        }

        if (type.IsArray)
        {
            return type.GetElementType();
        }

        foreach (var candidate in type.IsInterface ? type.GetInterfaces().Prepend(type) : type.GetInterfaces())
        {
            if (IsGeneric(candidate, typeof(IEnumerable<>)) || IsGeneric(candidate, typeof(IAsyncEnumerable<>)))
            {
                return candidate.GetGenericArguments()[0];
            }
        }

        return null;
    }

    public static bool IsGeneric(Type type, Type definition) => type.IsGenericType && type.GetGenericTypeDefinition() == definition;

    private static bool IsDictionary(Type type) =>
        type.GetInterfaces().Append(type).Any(i => IsGeneric(i, typeof(IDictionary<,>)) || IsGeneric(i, typeof(IReadOnlyDictionary<,>)));
}
