using Commerce.Drivers.Mongo.Bson;

namespace Commerce.Drivers.Mongo;

/// <summary>
/// Small builder for query filters. Values travel as BSON values, never as text, so a filter
/// cannot be changed by what a user typed.
/// </summary>
public static class Filter
{
    public static BsonDocument Empty => [];

    public static BsonDocument Eq(string field, BsonValue value) => new(field, value);

    public static BsonDocument Ne(string field, BsonValue value) => Operator(field, "$ne", value);

    public static BsonDocument In(string field, IEnumerable<BsonValue> values) => Operator(field, "$in", new BsonArray(values));

    public static BsonDocument Gt(string field, BsonValue value) => Operator(field, "$gt", value);

    public static BsonDocument Gte(string field, BsonValue value) => Operator(field, "$gte", value);

    public static BsonDocument Lt(string field, BsonValue value) => Operator(field, "$lt", value);

    public static BsonDocument Lte(string field, BsonValue value) => Operator(field, "$lte", value);

    public static BsonDocument Exists(string field, bool exists = true) => Operator(field, "$exists", exists);

    public static BsonDocument And(params BsonDocument[] filters) => new("$and", new BsonArray(filters));

    public static BsonDocument Or(params BsonDocument[] filters) => new("$or", new BsonArray(filters));

    public static BsonDocument Regex(string field, BsonRegularExpression regex) => new(field, regex);

    public static BsonDocument Regex(string field, string pattern, string options = "") => new(field, new BsonRegularExpression(pattern, options));

    /// <summary>A <c>$text</c> search; the collection needs a text index.</summary>
    public static BsonDocument Text(string search, string? language = null)
    {
        var text = new BsonDocument("$search", search);
        if (language is not null)
        {
            text.Add("$language", language);
        }

        return new BsonDocument("$text", text);
    }

    private static BsonDocument Operator(string field, string op, BsonValue value) => new(field, new BsonDocument(op, value));
}
