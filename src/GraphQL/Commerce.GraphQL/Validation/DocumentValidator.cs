using Commerce.GraphQL.Language;
using Commerce.GraphQL.Types;
using Commerce.GraphQL.Validation.Limits;
using Commerce.GraphQL.Validation.Rules;

namespace Commerce.GraphQL.Validation;

/// <summary>
/// Validates an executable document against a schema (spec section 5): every rule of graphql-js's
/// <c>specifiedRules</c> in one walk, then the configured depth, alias and cost limits.
/// </summary>
public static class DocumentValidator
{
    /// <summary>The rules in graphql-js's order, as factories so each validation gets fresh rule state.</summary>
    public static readonly IReadOnlyList<Func<ValidationContext, ValidationRule>> SpecifiedRules =
    [
        c => new ExecutableDefinitionsRule(c),
        c => new UniqueOperationNamesRule(c),
        c => new LoneAnonymousOperationRule(c),
        c => new SingleFieldSubscriptionsRule(c),
        c => new KnownTypeNamesRule(c),
        c => new FragmentsOnCompositeTypesRule(c),
        c => new VariablesAreInputTypesRule(c),
        c => new ScalarLeafsRule(c),
        c => new FieldsOnCorrectTypeRule(c),
        c => new UniqueFragmentNamesRule(c),
        c => new KnownFragmentNamesRule(c),
        c => new NoUnusedFragmentsRule(c),
        c => new PossibleFragmentSpreadsRule(c),
        c => new NoFragmentCyclesRule(c),
        c => new UniqueVariableNamesRule(c),
        c => new NoUndefinedVariablesRule(c),
        c => new NoUnusedVariablesRule(c),
        c => new KnownDirectivesRule(c),
        c => new UniqueDirectivesPerLocationRule(c),
        c => new KnownArgumentNamesRule(c),
        c => new UniqueArgumentNamesRule(c),
        c => new ValuesOfCorrectTypeRule(c),
        c => new ProvidedRequiredArgumentsRule(c),
        c => new VariablesInAllowedPositionRule(c),
        c => new OverlappingFieldsCanBeMergedRule(c),
        c => new UniqueInputFieldNamesRule(c),
    ];

    public static IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document, ValidationOptions? options = null) =>
        Validate(schema, document, SpecifiedRules, options);

    public static IReadOnlyList<GraphQLError> Validate(
        Schema schema,
        DocumentNode document,
        IReadOnlyList<Func<ValidationContext, ValidationRule>> rules,
        ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        options ??= ValidationOptions.Default;
        var context = new ValidationContext(schema, document, options);
        var visitors = new ValidationRule[rules.Count];
        for (var i = 0; i < rules.Count; i++)
        {
            visitors[i] = rules[i](context);
        }

        try
        {
            new DocumentWalker(new TypeInfo(schema), visitors).Walk(document);
        }
        catch (ValidationAbortedException)
        {
        }
        catch (OverlapBudgetExceededException)
        {
            return [.. context.Errors, ValidationContext.Error("Validation aborted.", null, [])];
        }
        catch (DocumentTooDeepException)
        {
            return [.. context.Errors, TooDeep()];
        }

        if (context.Errors.Count > 0)
        {
            return context.Errors;
        }

        try
        {
            return QueryLimits.Check(schema, document, options);
        }
        catch (DocumentTooDeepException)
        {
            return [TooDeep()];
        }
    }

    private static GraphQLError TooDeep() =>
        ValidationContext.Error("The document is nested too deeply to be validated.", null, [], ErrorCodes.QueryTooComplex);
}
