using System.Text.Json;

namespace Commerce.GraphQL.Configuration;

/// <summary>Which scalar a C# type maps to when nothing else says (an [ID] attribute, [GraphQLType], or a runtime binding).</summary>
internal static class ClrScalarBindings
{
    private static readonly Dictionary<Type, string> Defaults = new()
    {
        [typeof(string)] = "String",
        [typeof(int)] = "Int",
        [typeof(short)] = "Int",
        [typeof(byte)] = "Int",
        [typeof(sbyte)] = "Int",
        [typeof(ushort)] = "Int",
        [typeof(long)] = "Long",
        [typeof(uint)] = "Long",
        [typeof(double)] = "Float",
        [typeof(float)] = "Float",
        [typeof(decimal)] = "Decimal",
        [typeof(bool)] = "Boolean",
        [typeof(Guid)] = "UUID",
        [typeof(DateTime)] = "DateTime",
        [typeof(DateTimeOffset)] = "DateTime",
        [typeof(DateOnly)] = "Date",
        [typeof(Uri)] = "URL",
        [typeof(object)] = "JSON",
        [typeof(JsonElement)] = "JSON",
        [typeof(Dictionary<string, object?>)] = "JSON",
        [typeof(IReadOnlyDictionary<string, object?>)] = "JSON",
        [typeof(IDictionary<string, object?>)] = "JSON",
    };

    public static string? ScalarName(Type type, IReadOnlyDictionary<Type, string> overrides) =>
        overrides.TryGetValue(type, out var name) ? name : Defaults.GetValueOrDefault(type);
}
