using System.Text.Json;
using System.Text.Json.Nodes;

namespace Commerce.GraphQL.Tests.Execution.CrossCheck;

/// <summary>JSON to the plain input values a transport hands the executor (maps, lists, strings, numbers, booleans, null).</summary>
public static class PlainValues
{
    public static object? FromJson(JsonNode? node) => node switch
    {
        null => null,
        JsonObject obj => obj.ToDictionary(p => p.Key, p => FromJson(p.Value)) as IReadOnlyDictionary<string, object?>,
        JsonArray array => array.Select(FromJson).ToList(),
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number when value.TryGetValue<int>(out var i) => i,
            JsonValueKind.Number when value.TryGetValue<long>(out var l) => l,
            JsonValueKind.Number => value.GetValue<double>(),
            _ => null,
        },
        _ => throw new ArgumentException("Unexpected JSON node.", nameof(node)),
    };
}
