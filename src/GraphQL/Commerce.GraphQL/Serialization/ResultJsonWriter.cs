using System.Buffers;
using System.Collections;
using System.Globalization;
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
    private static readonly JsonWriterOptions Options = new()
    {
        // Property names: response keys are GraphQL names (never escaped); map keys from extensions are
        // escaped as little as System.Text.Json allows. String values go through JsonStringEscaper.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    public static void Write(OperationResult result, IBufferWriter<byte> output)
    {
        using var writer = new Utf8JsonWriter(output, Options);
        Write(result, writer);
        writer.Flush();
    }

    public static byte[] ToUtf8Bytes(OperationResult result)
    {
        var buffer = new ArrayBufferWriter<byte>();
        Write(result, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    public static void Write(OperationResult result, Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        if (result.Errors is { Count: > 0 } errors)
        {
            writer.WritePropertyName("errors");
            WriteErrors(errors, writer);
        }

        if (result.HasData)
        {
            writer.WritePropertyName("data");
            WriteValue(result.Data, writer);
        }

        if (result.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            WriteValue(extensions, writer);
        }

        writer.WriteEndObject();
    }

    public static void WriteErrors(IReadOnlyList<GraphQLError> errors, Utf8JsonWriter writer)
    {
        writer.WriteStartArray();
        foreach (var error in errors)
        {
            WriteError(error, writer);
        }

        writer.WriteEndArray();
    }

    public static void WriteError(GraphQLError error, Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("message");
        JsonStringEscaper.WriteString(writer, error.Message);

        if (error.Locations is { } locations)
        {
            writer.WritePropertyName("locations");
            writer.WriteStartArray();
            foreach (var location in locations)
            {
                WriteLocation(location, writer);
            }

            writer.WriteEndArray();
        }

        if (error.Path is { } path)
        {
            writer.WritePropertyName("path");
            writer.WriteStartArray();
            foreach (var segment in path)
            {
                WriteValue(segment, writer);
            }

            writer.WriteEndArray();
        }

        if (error.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            WriteValue(extensions, writer);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes a completed value, an extension value or an input value.</summary>
    public static void WriteValue(object? value, Utf8JsonWriter writer)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                JsonStringEscaper.WriteString(writer, s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case double d:
                WriteDouble(d, writer);
                break;
            case float f:
                WriteDouble(f, writer);
                break;
            case decimal m:
                writer.WriteNumberValue(m);
                break;
            case short or byte or sbyte or ushort or uint:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case ulong ul:
                writer.WriteNumberValue(ul);
                break;
            case ResultMap map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    WriteValue(item, writer);
                }

                writer.WriteEndObject();
                break;
            case IReadOnlyDictionary<string, object?> dictionary:
                writer.WriteStartObject();
                foreach (var (key, item) in dictionary)
                {
                    writer.WritePropertyName(key);
                    WriteValue(item, writer);
                }

                writer.WriteEndObject();
                break;
            case Location location:
                WriteLocation(location, writer);
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            case Guid guid:
                writer.WriteStringValue(guid);
                break;
            case DateTimeOffset dateTimeOffset:
                JsonStringEscaper.WriteString(writer, dateTimeOffset.ToString("O", CultureInfo.InvariantCulture));
                break;
            case DateTime dateTime:
                JsonStringEscaper.WriteString(writer, dateTime.ToString("O", CultureInfo.InvariantCulture));
                break;
            case Enum enumValue:
                JsonStringEscaper.WriteString(writer, enumValue.ToString());
                break;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(item, writer);
                }

                writer.WriteEndArray();
                break;
            default:
                JsonStringEscaper.WriteString(writer, Convert.ToString(value, CultureInfo.InvariantCulture) ?? "");
                break;
        }
    }

    private static void WriteLocation(Location location, Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteNumber("line", location.Line);
        writer.WriteNumber("column", location.Column);
        writer.WriteEndObject();
    }

    private static void WriteDouble(double value, Utf8JsonWriter writer)
    {
        if (!double.IsFinite(value))
        {
            // JSON.stringify writes null for NaN and infinities; so do we rather than fail mid-response.
            writer.WriteNullValue();
            return;
        }

        Span<byte> buffer = stackalloc byte[32];
        var text = JsNumberFormatter.Format(value);
        var length = System.Text.Encoding.ASCII.GetBytes(text, buffer);
        writer.WriteRawValue(buffer[..length], skipInputValidation: true);
    }
}
