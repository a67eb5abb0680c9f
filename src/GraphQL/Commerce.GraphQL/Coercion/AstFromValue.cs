using System.Collections;
using System.Reflection;
using Commerce.GraphQL.Language;
using Commerce.GraphQL.Types;

namespace Commerce.GraphQL.Coercion;

/// <summary>
/// The literal that denotes a runtime input value of a type (graphql-js's astFromValue), e.g. to print a
/// code-first default value. Returns null when the value cannot be expressed (null for a non-null type).
/// </summary>
public static class AstFromValue
{
    public static ValueNode? Get(object? value, GraphQLType type)
    {
        if (type is NonNullType nonNull)
        {
            var inner = Get(value, nonNull.OfType);
            return inner is NullValueNode ? null : inner;
        }

        if (value is null)
        {
            return new NullValueNode();
        }

        switch (type)
        {
            case ListType list:
                if (InputMaps.IsList(value))
                {
                    var items = new List<ValueNode>();
                    foreach (var item in (IEnumerable)value)
                    {
                        if (Get(item, list.OfType) is { } itemLiteral)
                        {
                            items.Add(itemLiteral);
                        }
                    }

                    return new ListValueNode(items);
                }

                return Get(value, list.OfType);
            case InputObjectType inputObject:
                return GetObject(value, inputObject);
            case EnumType enumType:
                return enumType.ToLiteral(value);
            case ScalarType scalar:
                return scalar.ToLiteral(value);
            default:
                throw new InvalidOperationException($"Unexpected input type: {type}");
        }
    }

    private static ValueNode? GetObject(object value, InputObjectType type)
    {
        var fields = new List<ObjectFieldNode>();
        foreach (var field in type.Fields)
        {
            if (!TryRead(value, field, out var fieldValue))
            {
                continue;
            }

            if (Get(fieldValue, field.Type) is { } fieldLiteral)
            {
                fields.Add(new ObjectFieldNode(new NameNode(field.Name), fieldLiteral));
            }
        }

        return new ObjectValueNode(fields);
    }

    private static bool TryRead(object value, InputField field, out object? fieldValue)
    {
        if (InputMaps.TryGetMap(value, out var map))
        {
            return map.TryGetValue(field.Name, out fieldValue);
        }

        // A code-first runtime object: read the member the field binds to (a cold path: printing schemas).
        var name = field.RuntimeName ?? field.Name;
        var member = (MemberInfo?)value.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)
            ?? value.GetType().GetField(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        fieldValue = member switch
        {
            PropertyInfo property => property.GetValue(value),
            FieldInfo f => f.GetValue(value),
            _ => null,
        };
        return member is not null;
    }
}
