using static Commerce.GraphQL.Tests.Validation.ValidationHarness;

namespace Commerce.GraphQL.Tests.Validation;

/// <summary>Spec 5.7: directives defined, in valid locations, unique per location.</summary>
public sealed class DirectiveRulesTests
{
    [Fact]
    public void KnownDirectives()
    {
        ExpectValid("KnownDirectivesRule", "query Q($v: Int @onVariableDefinition) @onQuery { dog @onField { ...F @onFragmentSpread ... @onInlineFragment { name } isAtLocation(x: $v) } } fragment F on Dog @onFragmentDefinition { name }");
        ExpectErrors("KnownDirectivesRule", "{ dog @unknown { name } }", ("Unknown directive \"@unknown\".", "1:7"));
        ExpectErrors("KnownDirectivesRule", "query Q @onField { dog { name } }", ("Directive \"@onField\" may not be used on QUERY.", "1:9"));
    }

    [Fact]
    public void UniqueDirectivesPerLocation()
    {
        ExpectValid("UniqueDirectivesPerLocationRule", "{ dog @onField { name @onField } cat @repeatable @repeatable { name } }");
        ExpectErrors("UniqueDirectivesPerLocationRule", "{ dog @onField @onField { name } }",
            ("The directive \"@onField\" can only be used once at this location.", "1:7 1:16"));
    }
}
