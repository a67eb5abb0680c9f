using System.Text;

namespace Commerce.Drivers.Mongo.Bson;

/// <summary>
/// Encoded sizes, computed before writing so documents can be streamed into any
/// <see cref="System.Buffers.IBufferWriter{T}"/> without back-patching length prefixes.
/// </summary>
public static class BsonSize
{
    public static int Of(BsonDocument document)
    {
        var size = 4 + 1;
        foreach (var element in document.Elements)
        {
            size += 1 + CString(element.Name) + OfValue(element.Value);
        }

        return size;
    }

    public static int Of(BsonArray array)
    {
        var size = 4 + 1;
        for (var i = 0; i < array.Count; i++)
        {
            size += 1 + IndexKeyLength(i) + 1 + OfValue(array[i]);
        }

        return size;
    }

    public static int OfValue(BsonValue value) => value switch
    {
        BsonDouble or BsonDateTime or BsonInt64 or BsonTimestamp => 8,
        BsonString s => 4 + Encoding.UTF8.GetByteCount(s.Value) + 1,
        BsonDocument d => Of(d),
        BsonArray a => Of(a),
        BsonBinaryData b => 4 + 1 + b.Bytes.Length,
        BsonObjectId => 12,
        BsonBoolean => 1,
        BsonNull => 0,
        BsonRegularExpression r => CString(r.Pattern) + CString(r.Options),
        BsonInt32 => 4,
        BsonDecimal128 => 16,
        _ => throw new BsonSerializationException($"Unsupported BSON value {value.GetType().Name}."),
    };

    internal static int CString(string value) => Encoding.UTF8.GetByteCount(value) + 1;

    internal static int IndexKeyLength(int index) => index switch
    {
        < 10 => 1,
        < 100 => 2,
        < 1000 => 3,
        < 10000 => 4,
        < 100000 => 5,
        < 1000000 => 6,
        < 10000000 => 7,
        < 100000000 => 8,
        < 1000000000 => 9,
        _ => 10,
    };
}
