using Commerce.Drivers.Mongo.Bson;

namespace Commerce.Drivers.Mongo.Operations;

/// <summary>The per-statement documents of the insert, update and delete commands.</summary>
internal static class WriteStatements
{
    public static BsonDocument Update(BsonDocument filter, BsonDocument update, bool multi, bool upsert, IReadOnlyList<BsonDocument>? arrayFilters)
    {
        var statement = new BsonDocument { { "q", filter }, { "u", update } };
        if (upsert)
        {
            statement.Add("upsert", true);
        }

        if (multi)
        {
            statement.Add("multi", true);
        }

        if (arrayFilters is { Count: > 0 })
        {
            statement.Add("arrayFilters", new BsonArray(arrayFilters));
        }

        return statement;
    }

    public static BsonDocument Delete(BsonDocument filter, bool multi) =>
        new() { { "q", filter }, { "limit", multi ? 0 : 1 } };
}
