using Commerce.GraphQL.Language;

namespace Commerce.GraphQL.Validation;

/// <summary>One rule of spec section 5: a visitor over the shared walk that reports errors under its graphql-js name.</summary>
public abstract class ValidationRule(ValidationContext context) : DocumentVisitor
{
    protected ValidationContext Context { get; } = context;

    /// <summary>graphql-js's name for the rule, e.g. <c>FieldsOnCorrectTypeRule</c>; errors carry it as <c>extensions.rule</c>.</summary>
    public string Name => GetType().Name;

    protected void Report(string message, params SyntaxNode?[] nodes) => Context.ReportError(Name, message, nodes);

    protected void Report(string message, IReadOnlyList<SyntaxNode?> nodes) => Context.ReportError(Name, message, nodes);

    protected string DidYouMean(IReadOnlyList<string> suggestions, string? subMessage = null) =>
        Context.Options.HideSuggestions ? "" : SuggestionList.DidYouMean(suggestions, subMessage);

    protected List<string> Suggest(string input, IEnumerable<string> options) =>
        Context.Options.HideSuggestions ? [] : SuggestionList.For(input, options);
}
