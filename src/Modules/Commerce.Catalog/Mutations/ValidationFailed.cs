using Commerce.GraphQL;

namespace Commerce.Catalog;

/// <summary>The VALIDATION_FAILED error: one message, and <c>extensions.fields</c> listing every offending field.</summary>
public static class ValidationFailed
{
    public static GraphQLException Exception(IReadOnlyList<FieldProblem> problems) =>
        new(new GraphQLError(
            "The product input is invalid: " + string.Join("; ", problems.Select(p => $"{p.Field}: {p.Message}")),
            extensions: new Dictionary<string, object?>
            {
                ["code"] = CatalogErrorCodes.ValidationFailed,
                ["fields"] = problems.Select(p => (object?)new Dictionary<string, object?> { ["field"] = p.Field, ["message"] = p.Message }).ToList(),
            }));
}
