using System.Buffers;
using System.Text.Json;
using Commerce.GraphQL.Serialization;
using Microsoft.AspNetCore.Http;

namespace Commerce.GraphQL.AspNetCore.Http;

/// <summary>
/// Reads and type-checks request parameters from a JSON body (POST) or a query string (GET), as the
/// GraphQL-over-HTTP spec defines them: <c>query</c> a string, <c>operationName</c> a string or null,
/// <c>variables</c> and <c>extensions</c> maps or null (JSON-encoded in a query string). Anything else is not a
/// well-formed request. A missing <c>query</c> is allowed here when <c>extensions</c> may name a persisted document;
/// the pipeline decides.
/// </summary>
public static class RequestParameterReader
{
    public static ParametersOrError FromJsonBody(ReadOnlySequence<byte> body)
    {
        if (body.IsEmpty)
        {
            return ParametersOrError.Fail("The request body is empty; expected a JSON object with a \"query\".");
        }

        IReadOnlyDictionary<string, object?> map;
        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 64 });
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return ParametersOrError.Fail("The request body must be a JSON object.");
            }

            map = InputValues.ReadMap(ref reader);
            if (reader.Read())
            {
                return ParametersOrError.Fail("The request body holds content after its JSON object.");
            }
        }
        catch (JsonException e)
        {
            return ParametersOrError.Fail("The request body is not valid JSON: " + e.Message);
        }

        return FromMap(map);
    }

    public static ParametersOrError FromQueryString(IQueryCollection query)
    {
        foreach (var (key, values) in query)
        {
            if (values.Count > 1 && key is "query" or "operationName" or "variables" or "extensions")
            {
                return ParametersOrError.Fail($"The parameter \"{key}\" is given more than once.");
            }
        }

        var map = new Dictionary<string, object?>();
        if (query.TryGetValue("query", out var text))
        {
            map["query"] = text.ToString();
        }

        if (query.TryGetValue("operationName", out var operationName))
        {
            map["operationName"] = operationName.ToString() is { Length: > 0 } name ? name : null;
        }

        foreach (var key in (ReadOnlySpan<string>)["variables", "extensions"])
        {
            if (query.TryGetValue(key, out var json) && json.ToString() is { Length: > 0 } encoded)
            {
                try
                {
                    map[key] = InputValues.Parse(encoded);
                }
                catch (JsonException e)
                {
                    return ParametersOrError.Fail($"The parameter \"{key}\" is not valid JSON: {e.Message}");
                }
            }
        }

        return FromMap(map);
    }

    /// <summary>Type-checks the parameters of an already parsed JSON object (also the payload of WebSocket subscribe messages).</summary>
    public static ParametersOrError FromMap(IReadOnlyDictionary<string, object?> map)
    {
        map.TryGetValue("query", out var query);
        map.TryGetValue("operationName", out var operationName);
        map.TryGetValue("variables", out var variables);
        map.TryGetValue("extensions", out var extensions);

        if (query is not (null or string))
        {
            return ParametersOrError.Fail("The \"query\" parameter must be a string.");
        }

        if (operationName is not (null or string))
        {
            return ParametersOrError.Fail("The \"operationName\" parameter must be a string or null.");
        }

        if (variables is not (null or IReadOnlyDictionary<string, object?>))
        {
            return ParametersOrError.Fail("The \"variables\" parameter must be a map or null.");
        }

        if (extensions is not (null or IReadOnlyDictionary<string, object?>))
        {
            return ParametersOrError.Fail("The \"extensions\" parameter must be a map or null.");
        }

        var extensionMap = (IReadOnlyDictionary<string, object?>?)extensions;
        if (query is null && !(extensionMap?.ContainsKey("persistedQuery") ?? false))
        {
            return ParametersOrError.Fail("The \"query\" parameter is missing.");
        }

        return ParametersOrError.Ok(new GraphQLRequestParameters(
            (string?)query,
            (string?)operationName,
            (IReadOnlyDictionary<string, object?>?)variables,
            extensionMap));
    }
}
