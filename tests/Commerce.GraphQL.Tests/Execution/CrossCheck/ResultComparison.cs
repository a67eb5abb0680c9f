using System.Text.Json.Nodes;

namespace Commerce.GraphQL.Tests.Execution.CrossCheck;

/// <summary>
/// What the cross-checks compare: data exactly (key order included), errors by message, locations and path.
/// Errors are compared as sets ordered by path and message, since neither engine promises an order.
/// </summary>
public static class ResultComparison
{
    public static JsonObject Normalize(JsonObject result)
    {
        var normalized = new JsonObject();
        if (result["errors"] is JsonArray errors)
        {
            var sorted = errors
                .Select(e => e!.AsObject())
                .Select(e => new JsonObject
                {
                    ["message"] = e["message"]?.DeepClone(),
                    ["locations"] = e["locations"]?.DeepClone(),
                    ["path"] = e["path"]?.DeepClone(),
                })
                .OrderBy(e => e["path"]?.ToJsonString() ?? string.Empty, StringComparer.Ordinal)
                .ThenBy(e => (string?)e["message"], StringComparer.Ordinal)
                .ToArray<JsonNode?>();
            normalized["errors"] = new JsonArray(sorted);
        }

        if (result.ContainsKey("data"))
        {
            normalized["data"] = result["data"]?.DeepClone();
        }

        return normalized;
    }
}
