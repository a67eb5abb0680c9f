namespace Commerce.GraphQL.Language;

/// <summary>
/// The names of ExecutableDirectiveLocation and TypeSystemDirectiveLocation (spec 3.13), plus DIRECTIVE_DEFINITION,
/// which graphql-js 16 added for deprecating directives and which our introspection reports.
/// </summary>
public static class DirectiveLocations
{
    public static IReadOnlyList<string> Executable { get; } =
    [
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT",
        "VARIABLE_DEFINITION",
    ];

    public static IReadOnlyList<string> TypeSystem { get; } =
    [
        "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE", "UNION", "ENUM", "ENUM_VALUE",
        "INPUT_OBJECT", "INPUT_FIELD_DEFINITION", "DIRECTIVE_DEFINITION",
    ];

    private static readonly HashSet<string> All = [.. Executable, .. TypeSystem];

    public static bool IsValid(string name) => All.Contains(name);
}
