using Commerce.Drivers.Mongo.Bson;

namespace Commerce.Drivers.Mongo;

/// <summary>How many members must acknowledge a write (a number or "majority"), and how long to wait.</summary>
public sealed record WriteConcern(BsonValue? W = null, TimeSpan? WTimeout = null, bool? Journal = null)
{
    public static WriteConcern Majority { get; } = new("majority");
    public static WriteConcern Acknowledged { get; } = new(1);

    public BsonDocument ToBsonDocument()
    {
        var document = new BsonDocument();
        if (W is not null)
        {
            document.Add("w", W);
        }

        if (WTimeout is { } timeout)
        {
            document.Add("wtimeout", (long)timeout.TotalMilliseconds);
        }

        if (Journal is { } journal)
        {
            document.Add("j", journal);
        }

        return document;
    }
}
