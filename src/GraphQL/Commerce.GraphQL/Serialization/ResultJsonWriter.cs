using System.Buffers;
using System.Collections;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using Commerce.GraphQL.Execution;
using Commerce.GraphQL.Language;

namespace Commerce.GraphQL.Serialization;

/// <summary>
/// Writes an <see cref="OperationResult"/> as the JSON a graphql-js server sends: <c>{"errors":[...],"data":...,"extensions":{...}}</c>
/// in that order (graphql-js's <c>buildResponse</c> puts <c>errors</c> before <c>data</c>; <c>extensions</c> come last),
/// each error as <c>message</c>, <c>locations</c>, <c>path</c>, <c>extensions</c> (graphql-js's <c>toJSON</c> order, empty
/// extensions left out), compact, with <c>JSON.stringify</c>'s string escaping and number formatting. Writes straight
/// to an <see cref="IBufferWriter{T}"/> (a PipeWriter, a pooled buffer), never through an intermediate string.
/// </summary>
public static class ResultJsonWriter
{
    public static void Write(OperationResult result, IBufferWriter<byte> output)
    {
        var writer = new JsonTextWriter(output);
        Write(result, ref writer);
        writer.Flush();
    }

    public static byte[] ToUtf8Bytes(OperationResult result)
    {
        var buffer = new ArrayBufferWriter<byte>();
        Write(result, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    public static void Write(OperationResult result, ref JsonTextWriter writer)
    {
        writer.StartObject();
        if (result.Errors is { Count: > 0 } errors)
        {
            writer.PropertyName("errors");
            WriteErrors(errors, ref writer);
        }

        if (result.HasData)
        {
            writer.PropertyName("data");
            WriteValue(result.Data, ref writer);
        }

        if (result.Extensions is { Count: > 0 } extensions)
        {
            writer.PropertyName("extensions");
            WriteValue(extensions, ref writer);
        }

        writer.EndObject();
    }

    public static void WriteErrors(IReadOnlyList<GraphQLError> errors, ref JsonTextWriter writer)
    {
        writer.StartArray();
        foreach (var error in errors)
        {
            WriteError(error, ref writer);
        }

        writer.EndArray();
    }

    public static void WriteError(GraphQLError error, ref JsonTextWriter writer)
    {
        writer.StartObject();
        writer.PropertyName("message");
        writer.String(error.Message);

        if (error.Locations is { } locations)
        {
            writer.PropertyName("locations");
            writer.StartArray();
            foreach (var location in locations)
            {
                WriteLocation(location, ref writer);
            }

            writer.EndArray();
        }

        if (error.Path is { } path)
        {
            writer.PropertyName("path");
            writer.StartArray();
            foreach (var segment in path)
            {
                WriteValue(segment, ref writer);
            }

            writer.EndArray();
        }

        if (error.Extensions is { Count: > 0 } extensions)
        {
            writer.PropertyName("extensions");
            WriteValue(extensions, ref writer);
        }

        writer.EndObject();
    }

    /// <summary>Writes a completed value, an extension value or an input value.</summary>
    public static void WriteValue(object? value, ref JsonTextWriter writer)
    {
        // The completed values of a response first, most frequent first.
        switch (value)
        {
            case string s:
                writer.String(s);
                break;
            case ResultMap map:
                WriteMap(map, ref writer);
                break;
            case ResultList list:
                writer.StartArray();
                foreach (var item in CollectionsMarshal.AsSpan(list))
                {
                    WriteValue(item, ref writer);
                }

                writer.EndArray();
                break;
            case null:
                writer.Null();
                break;
            case int i:
                writer.Number(i);
                break;
            case double d:
                writer.Number(d);
                break;
            case bool b:
                writer.Boolean(b);
                break;
            default:
                WriteOtherValue(value, ref writer);
                break;
        }
    }

    private static void WriteMap(ResultMap map, ref JsonTextWriter writer)
    {
        writer.StartObject();
        var values = map.Values;
        if (map.Keys is { } keys)
        {
            for (var i = 0; i < values.Length; i++)
            {
                writer.EncodedPropertyName(keys[i]);
                WriteValue(values[i], ref writer);
            }
        }
        else
        {
            for (var i = 0; i < values.Length; i++)
            {
                writer.PropertyName(map.KeyAt(i));
                WriteValue(values[i], ref writer);
            }
        }

        writer.EndObject();
    }

    private static void WriteOtherValue(object value, ref JsonTextWriter writer)
    {
        switch (value)
        {
            case long l:
                writer.Number(l);
                break;
            case float f:
                writer.Number(f);
                break;
            case decimal m:
                writer.Number(m);
                break;
            case short or byte or sbyte or ushort or uint:
                writer.Number(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case ulong ul:
                writer.Number(ul);
                break;
            case IReadOnlyDictionary<string, object?> dictionary:
                writer.StartObject();
                foreach (var (key, item) in dictionary)
                {
                    writer.PropertyName(key);
                    WriteValue(item, ref writer);
                }

                writer.EndObject();
                break;
            case Location location:
                WriteLocation(location, ref writer);
                break;
            case JsonElement element:
                writer.Raw(CompactJson(element));
                break;
            case Guid guid:
                writer.String(guid.ToString("D"));
                break;
            case DateTimeOffset dateTimeOffset:
                writer.String(dateTimeOffset.ToString("O", CultureInfo.InvariantCulture));
                break;
            case DateTime dateTime:
                writer.String(dateTime.ToString("O", CultureInfo.InvariantCulture));
                break;
            case Enum enumValue:
                writer.String(enumValue.ToString());
                break;
            case IEnumerable list:
                writer.StartArray();
                foreach (var item in list)
                {
                    WriteValue(item, ref writer);
                }

                writer.EndArray();
                break;
            default:
                writer.String(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "");
                break;
        }
    }

    private static void WriteLocation(Location location, ref JsonTextWriter writer)
    {
        writer.StartObject();
        writer.PropertyName("line");
        writer.Number(location.Line);
        writer.PropertyName("column");
        writer.Number(location.Column);
        writer.EndObject();
    }

    /// <summary>A JSON value passed through (the JSON scalar's input), re-written compact.</summary>
    private static ReadOnlySpan<byte> CompactJson(JsonElement element)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true }))
        {
            element.WriteTo(json);
        }

        return buffer.WrittenSpan;
    }
}
