using static Commerce.GraphQL.Tests.Validation.ValidationHarness;

namespace Commerce.GraphQL.Tests.Validation;

/// <summary>Spec 5.8 and the type references of 5.5.1.2: variables and type names.</summary>
public sealed class VariableRulesTests
{
    [Fact]
    public void UniqueVariableNames()
    {
        ExpectValid("UniqueVariableNamesRule", "query A($x: Int, $y: Int) { __typename } query B($x: Int) { __typename }");
        ExpectErrors("UniqueVariableNamesRule", "query ($a: Int, $a: Int) { __typename }",
            ("There can be only one variable named \"$a\".", "1:9 1:18"));
    }

    [Fact]
    public void VariablesAreInputTypes()
    {
        ExpectValid("VariablesAreInputTypesRule", "query ($a: String, $b: [Boolean!]!, $c: ComplexInput) { __typename }");
        ExpectErrors("VariablesAreInputTypesRule", "query ($a: Dog) { __typename }",
            ("Variable \"$a\" cannot be non-input type \"Dog\".", "1:12"));
    }

    [Fact]
    public void NoUndefinedVariables()
    {
        ExpectValid("NoUndefinedVariablesRule", "query Foo($a: Int) { dog { ...F } } fragment F on Dog { isAtLocation(x: $a) }");
        ExpectErrors("NoUndefinedVariablesRule", "query Foo { dog { isAtLocation(x: $a) } }",
            ("Variable \"$a\" is not defined by operation \"Foo\".", "1:35 1:1"));
    }

    [Fact]
    public void NoUnusedVariables()
    {
        ExpectValid("NoUnusedVariablesRule", "query ($a: Boolean) { dog @include(if: $a) { name } }");
        ExpectErrors("NoUnusedVariablesRule", "query ($a: Int) { __typename }", ("Variable \"$a\" is never used.", "1:8"));
    }

    [Fact]
    public void VariablesInAllowedPosition()
    {
        ExpectValid("VariablesInAllowedPositionRule", "query ($a: Int = 1, $b: Boolean) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $a) } dog { isHouseTrained(atOtherHomes: $b) } }");
        ExpectErrors("VariablesInAllowedPositionRule", "query ($a: Int) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $a) } }",
            ("Variable \"$a\" of type \"Int\" used in position expecting type \"Int!\".", "1:8 1:71"));
        ExpectErrors("VariablesInAllowedPositionRule", "query ($v: String) { complicatedArgs { oneOfArgField(oneOfArg: { stringField: $v }) } }",
            ("Variable \"$v\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\".", "1:8 1:79"));
    }

    [Fact]
    public void KnownTypeNames()
    {
        ExpectValid("KnownTypeNamesRule", "query ($a: String, $b: [Int!]!, $c: OneOfInput) { dog { ... on Pet { name } } }");
        ExpectErrors("KnownTypeNamesRule", "query ($a: Strin) { dog { ... on Dgo { name } } }",
            ("Unknown type \"Strin\". Did you mean \"String\"?", "1:12"),
            ("Unknown type \"Dgo\". Did you mean \"Dog\"?", "1:34"));
    }
}
