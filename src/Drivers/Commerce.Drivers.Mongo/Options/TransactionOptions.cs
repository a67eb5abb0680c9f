namespace Commerce.Drivers.Mongo;

/// <summary>Read and write concern for a transaction; both go on its first command and on commit respectively.</summary>
public sealed record TransactionOptions(string? ReadConcernLevel = null, WriteConcern? WriteConcern = null);
