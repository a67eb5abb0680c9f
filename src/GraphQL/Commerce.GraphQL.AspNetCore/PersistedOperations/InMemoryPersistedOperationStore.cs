using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Commerce.GraphQL.AspNetCore.PersistedOperations;

/// <summary>A bounded in-process store; when full, the oldest registrations make room (clients simply re-register).</summary>
public sealed class InMemoryPersistedOperationStore(IOptions<GraphQLServerOptions> options) : IPersistedOperationStore
{
    private readonly ConcurrentDictionary<string, string> _documents = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentQueue<string> _order = new();
    private readonly int _capacity = Math.Max(1, options.Value.PersistedOperations.MaxAutomaticPersistedQueries);

    public ValueTask<string?> TryGetAsync(string hash, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_documents.TryGetValue(hash, out var document) ? document : null);

    public ValueTask SaveAsync(string hash, string document, CancellationToken cancellationToken)
    {
        if (_documents.TryAdd(hash, document))
        {
            _order.Enqueue(hash);
            while (_documents.Count > _capacity && _order.TryDequeue(out var oldest))
            {
                _documents.TryRemove(oldest, out _);
            }
        }

        return ValueTask.CompletedTask;
    }
}
