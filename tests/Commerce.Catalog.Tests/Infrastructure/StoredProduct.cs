using Commerce.Drivers.Mongo.Bson;

namespace Commerce.Catalog.Tests.Infrastructure;

/// <summary>
/// A product read straight from the collection's BSON by the test (not through the module's mapping), the source
/// of expected values.
/// </summary>
public sealed record StoredProduct(
    string Id,
    string Name,
    string Slug,
    string Sku,
    decimal Price,
    string CategoryId,
    string CategoryName,
    string CategoryPath,
    string? Vendor,
    string Status,
    DateTime CreatedAt,
    IReadOnlyList<(string Name, string Value)> Attributes,
    int VariantCount)
{
    public static StoredProduct From(BsonDocument d) => new(
        d["_id"].AsString,
        d["name"].AsString,
        d["slug"].AsString,
        d["sku"].AsString,
        d["pricing"]["price"].AsDecimal,
        d["category"]["id"].AsString,
        d["category"]["name"].AsString,
        d["category"]["path"].AsString,
        d.GetValueOrDefault("vendor") is BsonString vendor ? vendor.Value : null,
        d["status"].AsString,
        d["createdAt"].AsBsonDateTime.ToUniversalTime(),
        d["attributes"].AsBsonArray.Select(a => (a["name"].AsString, a["value"].AsString)).ToList(),
        d["variants"].AsBsonArray.Count);
}
