namespace Commerce.GraphQL.Language;

/// <summary>Limits that bound the work and the stack a hostile document can cost the parser.</summary>
public sealed record ParserOptions
{
    public static ParserOptions Default { get; } = new();

    /// <summary>The most lexical tokens a document may hold (ignored tokens are not counted).</summary>
    public int MaxTokens
    {
        get;
        init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxTokens), value, "must be positive");
    } = 15_000;

    /// <summary>The deepest nesting of selection sets, list and object values, and list types.</summary>
    public int MaxDepth
    {
        get;
        init => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxDepth), value, "must be positive");
    } = 256;
}
