using System.Text;

namespace Commerce.Drivers.Mongo.Bson;

/// <summary>
/// Encoded sizes, computed before writing so documents can be streamed into any
/// <see cref="System.Buffers.IBufferWriter{T}"/> without back-patching length prefixes.
/// </summary>
public static class BsonSize
{
    public static int Of(BsonDocument document) => Plan(document, null);

    public static int Of(BsonArray array) => Plan(array, null);

    public static int OfValue(BsonValue value) => value switch
    {
        BsonDocument or BsonArray => Plan(value, null),
        _ => OfScalar(value),
    };

    /// <summary>
    /// Computes the size of a document or array; with <paramref name="sizes"/>, also records the size
    /// of every nested container in pre-order, which is the order the writer needs them in. One pass,
    /// so nested documents are not re-measured at every level.
    /// </summary>
    internal static int Plan(BsonValue container, List<int>? sizes)
    {
        var slot = sizes?.Count ?? 0;
        sizes?.Add(0);
        var size = 4 + 1;
        if (container is BsonDocument document)
        {
            foreach (var element in document.Elements)
            {
                size += 1 + CString(element.Name) + ValueSize(element.Value, sizes);
            }
        }
        else
        {
            var array = (BsonArray)container;
            for (var i = 0; i < array.Count; i++)
            {
                size += 1 + IndexKeyLength(i) + 1 + ValueSize(array[i], sizes);
            }
        }

        if (sizes is not null)
        {
            sizes[slot] = size;
        }

        return size;
    }

    private static int ValueSize(BsonValue value, List<int>? sizes) =>
        value is BsonDocument or BsonArray ? Plan(value, sizes) : OfScalar(value);

    private static int OfScalar(BsonValue value) => value switch
    {
        BsonDouble or BsonDateTime or BsonInt64 or BsonTimestamp => 8,
        BsonString s => 4 + Encoding.UTF8.GetByteCount(s.Value) + 1,
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
