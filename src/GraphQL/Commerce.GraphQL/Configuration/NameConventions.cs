using System.Reflection;
using System.Text;

namespace Commerce.GraphQL.Configuration;

/// <summary>How C# names become GraphQL names: camelCase members, PascalCase types, UPPER_SNAKE_CASE enum values.</summary>
internal static class NameConventions
{
    public static string FieldName(MemberInfo member)
    {
        if (member.GetCustomAttribute<GraphQLNameAttribute>() is { } explicitName)
        {
            return explicitName.Name;
        }

        var name = member.Name;
        if (member is MethodInfo)
        {
            if (name.Length > 3 && name.StartsWith("Get", StringComparison.Ordinal) && char.IsUpper(name[3]))
            {
                name = name[3..];
            }

            if (name.Length > 5 && name.EndsWith("Async", StringComparison.Ordinal))
            {
                name = name[..^5];
            }
        }

        return CamelCase(name);
    }

    public static string ArgumentName(ParameterInfo parameter) =>
        parameter.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? CamelCase(parameter.Name!);

    public static string CamelCase(string name)
    {
        if (name.Length == 0 || char.IsLower(name[0]))
        {
            return name;
        }

        // "ID" -> "id", "URLPath" -> "urlPath": lower the leading run of capitals but keep the start of the next word.
        var chars = name.ToCharArray();
        for (var i = 0; i < chars.Length && char.IsUpper(chars[i]); i++)
        {
            if (i > 0 && i + 1 < chars.Length && char.IsLower(chars[i + 1]))
            {
                break;
            }

            chars[i] = char.ToLowerInvariant(chars[i]);
        }

        return new string(chars);
    }

    public static string EnumValueName(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var startsWord = i > 0 && char.IsUpper(c) && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1])));
            if (startsWord && name[i - 1] != '_')
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }

    public static string TypeName(Type type)
    {
        if (type.GetCustomAttribute<GraphQLNameAttribute>() is { } explicitName)
        {
            return explicitName.Name;
        }

        if (type.IsInterface && type.Name.Length > 1 && type.Name[0] == 'I' && char.IsUpper(type.Name[1]))
        {
            // C# interfaces are named IEntity; the GraphQL interface is Entity.
            return type.Name[1..];
        }

        if (!type.IsGenericType)
        {
            return type.Name;
        }

        // Connection<Product> -> ProductConnection, as GraphQL has no generics.
        var baseName = type.Name[..type.Name.IndexOf('`')];
        return string.Concat(type.GetGenericArguments().Select(TypeName)) + baseName;
    }

    public static string InputTypeName(Type type)
    {
        var name = TypeName(type);
        return type.GetCustomAttribute<GraphQLNameAttribute>() is null && !name.EndsWith("Input", StringComparison.Ordinal) ? name + "Input" : name;
    }
}
