using System.Collections;

namespace Commerce.GraphQL.Coercion;

/// <summary>Recognises the shapes plain input values come in: maps of string to value, and lists (never strings).</summary>
internal static class InputMaps
{
    public static bool TryGetMap(object value, out IReadOnlyDictionary<string, object?> map)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> readOnly:
                map = readOnly;
                return true;
            case IDictionary<string, object?> dictionary:
                map = dictionary.AsReadOnly();
                return true;
            default:
                map = null!;
                return false;
        }
    }

    public static bool IsList(object value) =>
        value is IEnumerable and not string and not IReadOnlyDictionary<string, object?> and not IDictionary<string, object?>;
}
