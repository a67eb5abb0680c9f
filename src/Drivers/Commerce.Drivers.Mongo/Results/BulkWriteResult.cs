using Commerce.Drivers.Mongo.Bson;

namespace Commerce.Drivers.Mongo;

/// <summary>Counts of a bulk write; Upserts pairs each upserted _id with its position in the request.</summary>
public sealed record BulkWriteResult(
    long InsertedCount,
    long MatchedCount,
    long ModifiedCount,
    long DeletedCount,
    IReadOnlyList<BulkWriteUpsert> Upserts)
{
    public long UpsertedCount => Upserts.Count;
}

public sealed record BulkWriteUpsert(int Index, BsonValue Id);
