using Commerce.GraphQL.Language;
using Commerce.GraphQL.Types;
using Commerce.GraphQL.Validation;

namespace Commerce.GraphQL.Execution;

/// <summary>Validates a parsed document against a schema; an empty list means valid (spec 5).</summary>
public delegate IReadOnlyList<GraphQLError> DocumentValidation(Schema schema, DocumentNode document);

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

    /// <summary>The rules' settings and the depth, alias and cost limits for the default validation step.</summary>
    public ValidationOptions Validation { get; init; } = ValidationOptions.Default;

    /// <summary>
    /// The validation step; null runs graphql-js's specified rules with <see cref="Validation"/>. Its result is
    /// cached with the document, so it must not depend on variables.
    /// </summary>
    public DocumentValidation? Validate { get; init; }

    /// <summary>Shows unexpected exceptions' messages and stack traces in errors (development only).</summary>
    public bool IncludeExceptionDetails { get; init; }

    /// <summary>The root value (the spec's initialValue) of queries and mutations.</summary>
    public object? RootValue { get; init; }

    /// <summary>The most variable coercion errors reported before giving up.</summary>
    public int MaxVariableErrors { get; init; } = 50;
}
