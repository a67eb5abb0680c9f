using Commerce.GraphQL.Language;
using Commerce.GraphQL.Types;

namespace Commerce.GraphQL.Coercion;

/// <summary>
/// Coerces a literal of a document (which may name variables) to an input type's runtime value (spec 3.10 and
/// 6.4.1's literal coercion; graphql-js's valueFromAST). "No value" (an invalid literal, or a missing variable) is
/// distinct from null: the Try method returns false for it.
/// </summary>
public static class ValueFromAst
{
    /// <summary>Coerces <paramref name="literal"/>; <paramref name="variables"/> are already coerced variable values.</summary>
    public static bool TryGetValue(ValueNode literal, GraphQLType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (literal is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out var variableValue))
            {
                return false;
            }

            // The validator has checked the variable's type fits this position; only null into non-null remains possible.
            if (variableValue is null && type is NonNullType)
            {
                return false;
            }

            value = variableValue;
            return true;
        }

        if (type is NonNullType nonNull)
        {
            return literal is not NullValueNode && TryGetValue(literal, nonNull.OfType, variables, out value);
        }

        if (literal is NullValueNode)
        {
            return true;
        }

        switch (type)
        {
            case ListType list:
                return TryGetList(literal, list, variables, out value);
            case InputObjectType inputObject:
                return TryGetInputObject(literal, inputObject, variables, out value);
            case EnumType enumType:
                try
                {
                    value = enumType.ParseLiteral(literal);
                    return true;
                }
                catch (InputCoercionException)
                {
                    return false;
                }

            case ScalarType scalar:
                try
                {
                    value = scalar.ParseLiteral(literal);
                    return true;
                }
                catch (Exception)
                {
                    // As graphql-js: whatever a scalar's literal parsing throws, the literal simply has no value.
                    return false;
                }

            default:
                return false;
        }
    }

    /// <summary>Like <see cref="TryGetValue"/>, throwing <see cref="InputCoercionException"/> when the literal has no value.</summary>
    public static object? GetValue(ValueNode literal, GraphQLType type, IReadOnlyDictionary<string, object?>? variables = null) =>
        TryGetValue(literal, type, variables, out var value)
            ? value
            : throw new InputCoercionException($"Invalid value {Printer.Print(literal)} for type \"{type}\".");

    private static bool TryGetList(ValueNode literal, ListType list, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        var itemType = list.OfType;
        if (literal is not ListValueNode listLiteral)
        {
            if (!TryGetValue(literal, itemType, variables, out var single))
            {
                return false;
            }

            value = new List<object?>(1) { single };
            return true;
        }

        var items = new List<object?>(listLiteral.Values.Count);
        foreach (var itemLiteral in listLiteral.Values)
        {
            if (IsMissingVariable(itemLiteral, variables))
            {
                // A missing variable in a list is null, unless the items may not be null.
                if (itemType is NonNullType)
                {
                    return false;
                }

                items.Add(null);
                continue;
            }

            if (!TryGetValue(itemLiteral, itemType, variables, out var item))
            {
                return false;
            }

            items.Add(item);
        }

        value = items;
        return true;
    }

    private static bool TryGetInputObject(ValueNode literal, InputObjectType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (literal is not ObjectValueNode objectLiteral)
        {
            return false;
        }

        var coerced = new Dictionary<string, object?>(type.Fields.Count, StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            var fieldLiteral = Find(objectLiteral, field.Name);
            if (fieldLiteral is null || IsMissingVariable(fieldLiteral, variables))
            {
                if (field.DefaultValue is not null)
                {
                    coerced[field.Name] = DefaultValues.Of(field);
                }
                else if (field.Type is NonNullType)
                {
                    return false;
                }

                continue;
            }

            if (!TryGetValue(fieldLiteral, field.Type, variables, out var fieldValue))
            {
                return false;
            }

            coerced[field.Name] = fieldValue;
        }

        if (type.IsOneOf)
        {
            if (coerced.Count != 1)
            {
                return false;
            }

            foreach (var entry in coerced)
            {
                if (entry.Value is null)
                {
                    return false;
                }
            }
        }

        value = coerced;
        return true;
    }

    private static ValueNode? Find(ObjectValueNode literal, string name)
    {
        foreach (var field in literal.Fields)
        {
            if (field.Name.Value == name)
            {
                return field.Value;
            }
        }

        return null;
    }

    private static bool IsMissingVariable(ValueNode literal, IReadOnlyDictionary<string, object?>? variables) =>
        literal is VariableNode variable && (variables is null || !variables.ContainsKey(variable.Name.Value));
}
