namespace Commerce.Drivers.Mongo;

public sealed record DeleteResult(long DeletedCount);
