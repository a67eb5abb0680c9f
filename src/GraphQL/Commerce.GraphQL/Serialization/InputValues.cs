using System.Buffers;
using System.Text.Json;

namespace Commerce.GraphQL.Serialization;

/// <summary>
/// Reads JSON (request bodies, variables, extensions) into plain input values: null, bool, string, numbers,
/// <see cref="IReadOnlyList{T}"/> of object? and <see cref="IReadOnlyDictionary{TKey,TValue}"/> of string to object?.
/// An integral JSON number becomes an int when it fits, else a long, else a double; a number written with a
/// fraction or an exponent is a double. A key repeated within one object is rejected: JSON leaves its meaning
/// open, and silently taking one of the two would hide a client bug.
/// </summary>
public static class InputValues
{
    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 64 };

    /// <summary>Reads one complete JSON value; throws <see cref="JsonException"/> when the text is not exactly one.</summary>
    public static object? Parse(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, ReaderOptions);
        return ReadDocument(ref reader);
    }

    public static object? Parse(ReadOnlySequence<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, ReaderOptions);
        return ReadDocument(ref reader);
    }

    public static object? Parse(string json) => Parse(System.Text.Encoding.UTF8.GetBytes(json));

    /// <summary>Reads the value the reader stands on (or, when it stands before any token, the next one).</summary>
    public static object? ReadValue(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.None && !reader.Read())
        {
            throw new JsonException("Expected a JSON value.");
        }

        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            case JsonTokenType.String:
                return ReadString(ref reader);
            case JsonTokenType.Number:
                return ReadNumber(ref reader);
            case JsonTokenType.StartArray:
                return ReadList(ref reader);
            case JsonTokenType.StartObject:
                return ReadMap(ref reader);
            default:
                throw new JsonException($"Unexpected JSON token {reader.TokenType}.");
        }
    }

    /// <summary>Reads the object the reader stands on into a map, rejecting repeated keys.</summary>
    public static IReadOnlyDictionary<string, object?> ReadMap(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("Expected a JSON object.");
        }

        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        while (true)
        {
            Read(ref reader);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                return map;
            }

            var key = ReadString(ref reader);
            Read(ref reader);
            if (!map.TryAdd(key, ReadValue(ref reader)))
            {
                throw new JsonException($"The key \"{key}\" appears more than once in one object.");
            }
        }
    }

    private static object? ReadDocument(ref Utf8JsonReader reader)
    {
        var value = ReadValue(ref reader);
        if (reader.Read())
        {
            throw new JsonException("Unexpected content after the JSON value.");
        }

        return value;
    }

    private static List<object?> ReadList(ref Utf8JsonReader reader)
    {
        var list = new List<object?>();
        while (true)
        {
            Read(ref reader);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return list;
            }

            list.Add(ReadValue(ref reader));
        }
    }

    private static object ReadNumber(ref Utf8JsonReader reader)
    {
        ReadOnlySpan<byte> raw = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
        var integral = raw.IndexOfAny((byte)'.', (byte)'e', (byte)'E') < 0;
        if (integral)
        {
            if (reader.TryGetInt32(out var i))
            {
                return i;
            }

            if (reader.TryGetInt64(out var l))
            {
                return l;
            }
        }

        // A JSON number too large for a double (1e400) is not an input value we can represent.
        return reader.TryGetDouble(out var d) && double.IsFinite(d)
            ? d
            : throw new JsonException("The number is out of range.");
    }

    private static string ReadString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException e)
        {
            // Invalid UTF-8, or an escaped lone surrogate: text no .NET string can hold faithfully.
            throw new JsonException("A string is not valid Unicode: " + e.Message, e);
        }
    }

    private static void Read(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw new JsonException("Unexpected end of JSON.");
        }
    }
}
