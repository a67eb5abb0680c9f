namespace Commerce.GraphQL.Validation;

/// <summary>How strictly a document is validated, and the limits that refuse abusive queries before execution.</summary>
public sealed record ValidationOptions
{
    public static readonly ValidationOptions Default = new();

    /// <summary>Validation stops after this many errors and adds graphql-js's "Too many validation errors" error.</summary>
    public int MaxErrors { get; init; } = 100;

    /// <summary>Leaves "Did you mean ...?" suggestions out of messages (so a schema is not revealed piece by piece).</summary>
    public bool HideSuggestions { get; init; }

    /// <summary>Deepest field nesting an operation may have, fragments expanded; null for no limit.</summary>
    public int? MaxDepth { get; init; }

    /// <summary>Highest estimated cost an operation may have (see <see cref="Limits.QueryCostCalculator"/>); null for no limit.</summary>
    public int? MaxCost { get; init; }

    /// <summary>Most aliased fields an operation may have, fragments expanded; null for no limit.</summary>
    public int? MaxAliases { get; init; }

    /// <summary>The list size assumed for a list field without a <c>first</c>, <c>last</c> or <c>limit</c> argument.</summary>
    public int DefaultListSize { get; init; } = 10;

    /// <summary>Coerced variable values, for cost arguments given by variables; absent variables count as absent arguments.</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    /// <summary>The operation the limits apply to; null applies them to every operation of the document.</summary>
    public string? OperationName { get; init; }
}
