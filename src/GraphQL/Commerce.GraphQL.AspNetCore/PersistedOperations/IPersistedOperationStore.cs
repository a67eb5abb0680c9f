namespace Commerce.GraphQL.AspNetCore.PersistedOperations;

/// <summary>Documents registered by automatic persisted queries, keyed by the sha256 hex of their text.</summary>
public interface IPersistedOperationStore
{
    ValueTask<string?> TryGetAsync(string hash, CancellationToken cancellationToken);

    ValueTask SaveAsync(string hash, string document, CancellationToken cancellationToken);
}
