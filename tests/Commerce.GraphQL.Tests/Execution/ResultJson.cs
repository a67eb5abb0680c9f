using System.Globalization;
using System.Text.Json.Nodes;
using Commerce.GraphQL.Execution;

namespace Commerce.GraphQL.Tests.Execution;

/// <summary>Converts results to System.Text.Json nodes for comparison, keeping key order (test-side only).</summary>
public static class ResultJson
{
    public static JsonObject ToJson(OperationResult result, bool includeExtensions = false)
    {
        var json = new JsonObject();
        if (result.Errors is { } errors)
        {
            var list = new JsonArray();
            foreach (var error in errors)
            {
                list.Add(ToJson(error, includeExtensions));
            }

            json["errors"] = list;
        }

        if (result.HasData)
        {
            json["data"] = ToJson((object?)result.Data);
        }

        return json;
    }

    public static JsonObject ToJson(GraphQLError error, bool includeExtensions = false)
    {
        var json = new JsonObject { ["message"] = error.Message };
        if (error.Locations is { } locations)
        {
            var list = new JsonArray();
            foreach (var location in locations)
            {
                list.Add(new JsonObject { ["line"] = location.Line, ["column"] = location.Column });
            }

            json["locations"] = list;
        }

        if (error.Path is { } path)
        {
            var list = new JsonArray();
            foreach (var key in path)
            {
                list.Add(key is int index ? JsonValue.Create(index) : JsonValue.Create((string)key));
            }

            json["path"] = list;
        }

        if (includeExtensions && error.Extensions is { } extensions)
        {
            json["extensions"] = ToJson(extensions.ToList());
        }

        return json;
    }

    public static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        ResultMap map => ToJson(map.AsEnumerable()),
        IEnumerable<KeyValuePair<string, object?>> map => ToJson(map),
        string s => JsonValue.Create(s),
        bool b => JsonValue.Create(b),
        int i => JsonValue.Create(i),
        long l => JsonValue.Create(l),
        double d => JsonValue.Create(d),
        decimal m => JsonValue.Create(m),
        System.Collections.IEnumerable list => new JsonArray(list.Cast<object?>().Select(ToJson).ToArray()),
        _ => JsonValue.Create(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };

    private static JsonObject ToJson(IEnumerable<KeyValuePair<string, object?>> map)
    {
        var json = new JsonObject();
        foreach (var (key, value) in map)
        {
            json[key] = ToJson(value);
        }

        return json;
    }
}
