namespace Commerce.GraphQL.AspNetCore;

/// <summary>Transport settings of the GraphQL endpoint; bound from configuration section <c>GraphQL</c> by the gateway.</summary>
public sealed class GraphQLServerOptions
{
    /// <summary>Largest accepted request body in bytes; larger bodies get 413.</summary>
    public long MaxRequestBodySize { get; set; } = 1024 * 1024;

    /// <summary>Whether queries may be sent with GET (mutations never may).</summary>
    public bool EnableGetRequests { get; set; } = true;

    public bool EnableWebSockets { get; set; } = true;

    /// <summary>How long a graphql-transport-ws client may take to send <c>connection_init</c> before 4408.</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Interval of WebSocket-level keep-alive pings.</summary>
    public TimeSpan WebSocketKeepAliveInterval { get; set; } = TimeSpan.FromSeconds(30);

    public bool EnableServerSentEvents { get; set; } = true;

    /// <summary>Serve Banana Cake Pop to browsers at the GraphQL path.</summary>
    public bool EnableIde { get; set; } = true;

    public string IdeTitle { get; set; } = "Commerce Gateway";

    public TracingOptions Tracing { get; set; } = new();

    public PersistedOperationOptions PersistedOperations { get; set; } = new();
}

public sealed class TracingOptions
{
    /// <summary>Report per-store round trips in every response's <c>extensions.tracing</c>.</summary>
    public bool Enabled { get; set; }

    /// <summary>Let a client turn tracing on for one request with the header <c>X-Trace: true</c>.</summary>
    public bool AllowRequestHeader { get; set; } = true;

    public const string HeaderName = "X-Trace";
}

public sealed class PersistedOperationOptions
{
    /// <summary>Automatic persisted queries: clients may register a document by its sha256 hash and later send the hash only.</summary>
    public bool EnableAutomaticPersistedQueries { get; set; } = true;

    /// <summary>How many automatically persisted documents are kept (least recently registered go first).</summary>
    public int MaxAutomaticPersistedQueries { get; set; } = 10_000;

    /// <summary>Accept only documents whose sha256 hash is in <see cref="TrustedDocuments"/> (PERSISTED_QUERY_NOT_ALLOWED otherwise).</summary>
    public bool OnlyTrustedDocuments { get; set; }

    /// <summary>The trusted list: sha256 hex of a document's text to the text.</summary>
    public Dictionary<string, string> TrustedDocuments { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A folder of <c>&lt;anything&gt;.graphql</c> files added to <see cref="TrustedDocuments"/> at start.</summary>
    public string? TrustedDocumentsDirectory { get; set; }
}
