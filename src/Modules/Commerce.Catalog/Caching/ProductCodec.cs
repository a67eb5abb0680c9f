using Commerce.Drivers.Mongo.Bson;
using Commerce.Drivers.Mongo.Bson.Serialization;

namespace Commerce.Catalog;

/// <summary>A cached product is the same BSON document the <c>products</c> collection stores.</summary>
public sealed class ProductCodec(BsonMapper mapper)
{
    public byte[] Encode(Product product) => BsonBinaryWriter.ToBytes(mapper.ToDocument(product));

    /// <summary>
    /// Null when the bytes are not a product this build can read (another format, truncated, or foreign): the
    /// caller treats that as a miss.
    /// </summary>
    public Product? TryDecode(byte[] bytes)
    {
        try
        {
            var product = mapper.FromDocument<Product>(BsonBinaryReader.ReadDocument(bytes));
            return string.IsNullOrEmpty(product.Id) ? null : product;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null;
        }
    }
}
