using Commerce.GraphQL.Language;
using Commerce.GraphQL.Types;

namespace Commerce.GraphQL.Execution;

/// <summary>Validates a parsed document against a schema; an empty list means valid (spec 5).</summary>
public delegate IReadOnlyList<GraphQLError> DocumentValidator(Schema schema, DocumentNode document);

/// <summary>How a <see cref="RequestExecutor"/> parses, validates, caches and executes.</summary>
public sealed record ExecutorOptions
{
    public static ExecutorOptions Default { get; } = new();

    /// <summary>How many parsed and validated documents are kept (least recently used ones leave first).</summary>
    public int DocumentCacheSize { get; init; } = 1024;

    /// <summary>Limits for the parser (tokens, nesting depth).</summary>
    public ParserOptions ParserOptions { get; init; } = ParserOptions.Default;

    /// <summary>Parses source text; replaceable to observe or wrap parsing (defaults to <see cref="Parser.Parse"/>).</summary>
    public Func<string, ParserOptions, DocumentNode> Parse { get; init; } = static (source, options) => Parser.Parse(source, options);

    /// <summary>The validation step (the validator with its limits); null skips validation.</summary>
    public DocumentValidator? Validate { get; init; }

    /// <summary>Shows unexpected exceptions' messages and stack traces in errors (development only).</summary>
    public bool IncludeExceptionDetails { get; init; }

    /// <summary>The root value (the spec's initialValue) of queries and mutations.</summary>
    public object? RootValue { get; init; }

    /// <summary>The most variable coercion errors reported before giving up.</summary>
    public int MaxVariableErrors { get; init; } = 50;
}
