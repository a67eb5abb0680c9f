using Commerce.GraphQL.Language;

namespace Commerce.GraphQL.Execution;

/// <summary>
/// One request to execute, as a transport received it. Variable and extension values are plain input
/// values: null, bool, string, int, long, double, decimal, lists (<see cref="IReadOnlyList{T}"/> of object?)
/// and maps (<see cref="IReadOnlyDictionary{TKey,TValue}"/> of string to object?); see <see cref="InputValues"/>.
/// </summary>
public sealed record GraphQLRequest
{
    /// <summary>The document's source text; null when the document is identified by <see cref="DocumentId"/> only.</summary>
    public string? Query { get; init; }

    /// <summary>An already parsed document (skips parsing, e.g. for tests or persisted operations).</summary>
    public DocumentNode? Document { get; init; }

    /// <summary>The document's id, e.g. the sha256 hex of its text for persisted operations.</summary>
    public string? DocumentId { get; init; }

    public string? OperationName { get; init; }

    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>The request's services (ASP.NET Core's RequestServices); resolvers get theirs from here.</summary>
    public IServiceProvider? Services { get; init; }

    /// <summary>Per-request state shared with resolvers (the user, the tracing scope, ...).</summary>
    public IReadOnlyDictionary<string, object?>? ContextData { get; init; }

    /// <summary>Which operation types this transport allows (GET allows only queries); null allows all.</summary>
    public IReadOnlySet<OperationType>? AllowedOperations { get; init; }
}
