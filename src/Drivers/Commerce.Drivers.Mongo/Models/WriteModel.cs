using Commerce.Drivers.Mongo.Bson;

namespace Commerce.Drivers.Mongo;

/// <summary>One write of a bulk write.</summary>
public abstract record WriteModel<T>;

public sealed record InsertOneModel<T>(T Document) : WriteModel<T>;

public sealed record UpdateOneModel<T>(BsonDocument Filter, BsonDocument Update) : WriteModel<T>
{
    public bool IsUpsert { get; init; }
    public IReadOnlyList<BsonDocument>? ArrayFilters { get; init; }
}

public sealed record UpdateManyModel<T>(BsonDocument Filter, BsonDocument Update) : WriteModel<T>
{
    public bool IsUpsert { get; init; }
    public IReadOnlyList<BsonDocument>? ArrayFilters { get; init; }
}

public sealed record ReplaceOneModel<T>(BsonDocument Filter, T Replacement) : WriteModel<T>
{
    public bool IsUpsert { get; init; }
}

public sealed record DeleteOneModel<T>(BsonDocument Filter) : WriteModel<T>;

public sealed record DeleteManyModel<T>(BsonDocument Filter) : WriteModel<T>;
