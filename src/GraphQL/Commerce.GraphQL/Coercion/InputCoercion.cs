using System.Collections;
using Commerce.GraphQL.Types;
using Commerce.GraphQL.Validation;

namespace Commerce.GraphQL.Coercion;

/// <summary>Reports one invalid value found while coercing: where it sits, what it was, and why it is invalid.</summary>
public delegate void InputErrorHandler(InputPath? path, object? invalidValue, string message);

/// <summary>
/// Coerces a plain input value (a variable's value from the transport) to an input type (spec 3.10 input coercion,
/// graphql-js's coerceInputValue): lists accept a single item, input objects become dictionaries in field order with
/// defaults applied, @oneOf objects need exactly one non-null field, leaves go through the type's ParseValue.
/// </summary>
public static class InputCoercion
{
    public static object? CoerceInputValue(object? value, GraphQLType type, InputErrorHandler onError, InputPath? path = null)
    {
        if (type is NonNullType nonNull)
        {
            if (value is not null)
            {
                return CoerceInputValue(value, nonNull.OfType, onError, path);
            }

            onError(path, value, $"Expected non-nullable type \"{type}\" not to be null.");
            return null;
        }

        if (value is null)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                if (InputMaps.IsList(value))
                {
                    var items = new List<object?>();
                    var index = 0;
                    foreach (var item in (IEnumerable)value)
                    {
                        items.Add(CoerceInputValue(item, list.OfType, onError, new InputPath(path, index++)));
                    }

                    return items;
                }

                return new List<object?>(1) { CoerceInputValue(value, list.OfType, onError, path) };
            case InputObjectType inputObject:
                return CoerceInputObject(value, inputObject, onError, path);
            case EnumType enumType:
                return CoerceEnum(value, enumType, onError, path);
            case ScalarType scalar:
                try
                {
                    return scalar.ParseValue(value);
                }
                catch (InputCoercionException error)
                {
                    onError(path, value, error.Message);
                }
                catch (Exception error)
                {
                    onError(path, value, $"Expected type \"{scalar.Name}\". {error.Message}");
                }

                return null;
            default:
                throw new InvalidOperationException($"Unexpected input type: {type}");
        }
    }

    private static object? CoerceInputObject(object value, InputObjectType type, InputErrorHandler onError, InputPath? path)
    {
        if (!InputMaps.TryGetMap(value, out var map))
        {
            onError(path, value, $"Expected type \"{type.Name}\" to be an object.");
            return null;
        }

        var coerced = new Dictionary<string, object?>(type.Fields.Count, StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (!map.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.DefaultValue is not null)
                {
                    coerced[field.Name] = DefaultValues.Of(field);
                }
                else if (field.Type is NonNullType)
                {
                    onError(path, value, $"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided.");
                }

                continue;
            }

            coerced[field.Name] = CoerceInputValue(fieldValue, field.Type, onError, new InputPath(path, field.Name));
        }

        foreach (var key in map.Keys)
        {
            if (!type.Fields.Contains(key))
            {
                var suggestions = SuggestionList.For(key, type.Fields.Select(f => f.Name));
                onError(path, value, $"Field \"{key}\" is not defined by type \"{type.Name}\"." + SuggestionList.DidYouMean(suggestions));
            }
        }

        if (type.IsOneOf)
        {
            if (coerced.Count != 1)
            {
                onError(path, value, $"Exactly one key must be specified for OneOf type \"{type.Name}\".");
            }
            else
            {
                foreach (var (key, fieldValue) in coerced)
                {
                    if (fieldValue is null)
                    {
                        onError(new InputPath(path, key), null, $"Field \"{key}\" must be non-null.");
                    }
                }
            }
        }

        return coerced;
    }

    private static string DidYouMeanValue(EnumType type, string input) =>
        SuggestionList.DidYouMean(SuggestionList.For(input, type.Values.Select(v => v.Name)), "the enum value");

    private static object? CoerceEnum(object value, EnumType type, InputErrorHandler onError, InputPath? path)
    {
        if (value is not string name)
        {
            var shown = ValueDisplay.Inspect(value);
            onError(path, value, $"Enum \"{type.Name}\" cannot represent non-string value: {shown}." + DidYouMeanValue(type, shown));
            return null;
        }

        if (!type.Values.Contains(name))
        {
            onError(path, value, $"Value \"{name}\" does not exist in \"{type.Name}\" enum." + DidYouMeanValue(type, name));
            return null;
        }

        try
        {
            return type.ParseValue(value);
        }
        catch (InputCoercionException error)
        {
            onError(path, value, error.Message);
            return null;
        }
    }
}
