using Commerce.Drivers.Mongo.Bson;

namespace Commerce.Drivers.Mongo;

public sealed record UpdateOptions
{
    public bool IsUpsert { get; init; }
    /// <summary>Filters for the identifiers of filtered positional operators (<c>$[elem]</c>).</summary>
    public IReadOnlyList<BsonDocument>? ArrayFilters { get; init; }
}
