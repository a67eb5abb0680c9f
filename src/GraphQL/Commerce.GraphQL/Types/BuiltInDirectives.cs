using Commerce.GraphQL.Language;

namespace Commerce.GraphQL.Types;

/// <summary>The directives every schema has (spec 3.13): <c>@include</c>, <c>@skip</c>, <c>@deprecated</c>, <c>@specifiedBy</c>, and <c>@oneOf</c>.</summary>
public static class BuiltInDirectives
{
    public const string DefaultDeprecationReason = "No longer supported";

    public static readonly IReadOnlySet<string> Names = new HashSet<string>(StringComparer.Ordinal) { "include", "skip", "deprecated", "specifiedBy", "oneOf" };

    public static IReadOnlyList<DirectiveDefinition> Create(ScalarType booleanType, ScalarType stringType) =>
    [
        Conditional("include", "Directs the executor to include this field or fragment only when the `if` argument is true.", "Included when true.", booleanType),
        Conditional("skip", "Directs the executor to skip this field or fragment when the `if` argument is true.", "Skipped when true.", booleanType),
        Deprecated(stringType),
        SpecifiedBy(stringType),
        new DirectiveDefinition("oneOf", [DirectiveLocation.INPUT_OBJECT])
        {
            Description = "Indicates exactly one field must be supplied and this field must not be `null`.",
            IsBuiltIn = true,
        },
    ];

    private static DirectiveDefinition Conditional(string name, string description, string argumentDescription, ScalarType booleanType)
    {
        var directive = new DirectiveDefinition(name, [DirectiveLocation.FIELD, DirectiveLocation.FRAGMENT_SPREAD, DirectiveLocation.INLINE_FRAGMENT])
        {
            Description = description,
            IsBuiltIn = true,
        };
        directive.Arguments.Add(new InputField("if", new NonNullType(booleanType)) { Description = argumentDescription });
        return directive;
    }

    private static DirectiveDefinition Deprecated(ScalarType stringType)
    {
        var directive = new DirectiveDefinition("deprecated",
        [
            DirectiveLocation.FIELD_DEFINITION, DirectiveLocation.ARGUMENT_DEFINITION, DirectiveLocation.INPUT_FIELD_DEFINITION,
            DirectiveLocation.ENUM_VALUE, DirectiveLocation.DIRECTIVE_DEFINITION,
        ])
        {
            Description = "Marks an element of a GraphQL schema as no longer supported.",
            IsBuiltIn = true,
        };
        directive.Arguments.Add(new InputField("reason", stringType)
        {
            Description = "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
            DefaultValue = new StringValueNode(DefaultDeprecationReason),
        });
        return directive;
    }

    private static DirectiveDefinition SpecifiedBy(ScalarType stringType)
    {
        var directive = new DirectiveDefinition("specifiedBy", [DirectiveLocation.SCALAR])
        {
            Description = "Exposes a URL that specifies the behavior of this scalar.",
            IsBuiltIn = true,
        };
        directive.Arguments.Add(new InputField("url", new NonNullType(stringType)) { Description = "The URL that specifies the behavior of this scalar." });
        return directive;
    }
}
