using Commerce.Drivers.Mongo.Bson;

namespace Commerce.Drivers.Mongo;

/// <summary>Index keys in order, e.g. <c>{ sku: 1 }</c>, <c>{ category: 1, price: -1 }</c> or <c>{ name: "text" }</c>.</summary>
public sealed record CreateIndexModel<T>(BsonDocument Keys, CreateIndexOptions? Options = null);
