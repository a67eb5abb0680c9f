using Commerce.GraphQL.Language;

namespace Commerce.GraphQL.Execution;

/// <summary>
/// A bounded least-recently-used cache of parsed and validated documents, keyed by their source text (the
/// dictionary hashes it; equal keys are compared in full, so two texts never share an entry).
/// </summary>
internal sealed class DocumentCache(int capacity)
{
    private readonly object _gate = new();
    private readonly Dictionary<string, LinkedListNode<CachedDocument>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<CachedDocument> _recency = new();

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    public bool TryGet(string source, out CachedDocument document)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(source, out var node))
            {
                if (node != _recency.First)
                {
                    _recency.Remove(node);
                    _recency.AddFirst(node);
                }

                document = node.Value;
                return true;
            }
        }

        document = null!;
        return false;
    }

    public void Add(CachedDocument document)
    {
        if (capacity <= 0)
        {
            return;
        }

        lock (_gate)
        {
            if (_entries.ContainsKey(document.Source))
            {
                return;
            }

            _entries[document.Source] = _recency.AddFirst(document);
            while (_entries.Count > capacity)
            {
                var last = _recency.Last!;
                _recency.RemoveLast();
                _entries.Remove(last.Value.Source);
            }
        }
    }
}

/// <summary>A document as parsed and validated once, with its operations compiled on first use.</summary>
internal sealed class CachedDocument(string source, DocumentNode document, IReadOnlyList<GraphQLError> validationErrors)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Planning.CompiledOperation> _operations = new(StringComparer.Ordinal);

    public string Source { get; } = source;

    public DocumentNode Document { get; } = document;

    public IReadOnlyList<GraphQLError> ValidationErrors { get; } = validationErrors;

    public Planning.CompiledOperation GetOperation<TState>(string key, Func<TState, Planning.CompiledOperation> compile, TState state) =>
        _operations.TryGetValue(key, out var operation) ? operation : _operations.GetOrAdd(key, static (_, s) => s.Compile(s.State), (Compile: compile, State: state));
}
