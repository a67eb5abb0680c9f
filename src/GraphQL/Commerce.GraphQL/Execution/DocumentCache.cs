using System.Collections.Concurrent;
using Commerce.GraphQL.Language;

namespace Commerce.GraphQL.Execution;

/// <summary>
/// A bounded least-recently-used cache of parsed and validated documents, keyed by their source text (the
/// dictionary hashes it; equal keys are compared in full, so two texts never share an entry). Reads take no lock:
/// a hit only stamps the entry with a logical clock; the least recently stamped entries leave when it overflows.
/// </summary>
internal sealed class DocumentCache(int capacity)
{
    private readonly ConcurrentDictionary<string, CachedDocument> _entries = new(StringComparer.Ordinal);
    private readonly object _evictionGate = new();
    private long _clock;

    public int Count => _entries.Count;

    public bool TryGet(string source, out CachedDocument document)
    {
        if (_entries.TryGetValue(source, out document!))
        {
            document.LastUsed = Interlocked.Increment(ref _clock);
            return true;
        }

        return false;
    }

    public void Add(CachedDocument document)
    {
        if (capacity <= 0)
        {
            return;
        }

        document.LastUsed = Interlocked.Increment(ref _clock);
        if (!_entries.TryAdd(document.Source, document) || _entries.Count <= capacity)
        {
            return;
        }

        lock (_evictionGate)
        {
            while (_entries.Count > capacity)
            {
                CachedDocument? oldest = null;
                foreach (var entry in _entries)
                {
                    if (oldest is null || entry.Value.LastUsed < oldest.LastUsed)
                    {
                        oldest = entry.Value;
                    }
                }

                _entries.TryRemove(oldest!.Source, out _);
            }
        }
    }
}

/// <summary>A document as parsed and validated once, with its operations compiled on first use.</summary>
internal sealed class CachedDocument(string source, DocumentNode document, IReadOnlyList<GraphQLError> validationErrors)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Planning.CompiledOperation> _operations = new(StringComparer.Ordinal);

    public string Source { get; } = source;

    /// <summary>The cache's logical time of the last use, for eviction.</summary>
    public long LastUsed { get; set; }

    public DocumentNode Document { get; } = document;

    public IReadOnlyList<GraphQLError> ValidationErrors { get; } = validationErrors;

    public Planning.CompiledOperation GetOperation<TState>(string key, Func<TState, Planning.CompiledOperation> compile, TState state) =>
        _operations.TryGetValue(key, out var operation) ? operation : _operations.GetOrAdd(key, static (_, s) => s.Compile(s.State), (Compile: compile, State: state));
}
