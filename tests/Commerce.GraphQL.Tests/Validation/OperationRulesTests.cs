using static Commerce.GraphQL.Tests.Validation.ValidationHarness;

namespace Commerce.GraphQL.Tests.Validation;

/// <summary>Spec 5.1 and 5.2: executable definitions and operations.</summary>
public sealed class OperationRulesTests
{
    [Fact]
    public void ExecutableDefinitions()
    {
        ExpectValid("ExecutableDefinitionsRule", "query Foo { dog { name } } fragment Frag on Dog { name }");
        ExpectErrors("ExecutableDefinitionsRule", "{ dog { name } }\ntype Cow { name: String }\nextend type Dog { color: String }",
            ("The \"Cow\" definition is not executable.", "2:1"),
            ("The \"Dog\" definition is not executable.", "3:1"));
        ExpectErrors("ExecutableDefinitionsRule", "schema { query: QueryRoot }",
            ("The schema definition is not executable.", "1:1"));
    }

    [Fact]
    public void UniqueOperationNames()
    {
        ExpectValid("UniqueOperationNamesRule", "query Foo { dog { name } } query Bar { dog { name } } { cat { name } }");
        ExpectErrors("UniqueOperationNamesRule", "query Foo { dog { name } } query Foo { cat { name } }",
            ("There can be only one operation named \"Foo\".", "1:7 1:34"));
    }

    [Fact]
    public void LoneAnonymousOperation()
    {
        ExpectValid("LoneAnonymousOperationRule", "{ dog { name } } fragment F on Dog { name }");
        ExpectErrors("LoneAnonymousOperationRule", "{ dog { name } } query Foo { cat { name } }",
            ("This anonymous operation must be the only defined operation.", "1:1"));
    }

    [Fact]
    public void SingleFieldSubscriptions()
    {
        ExpectValid("SingleFieldSubscriptionsRule", "subscription sub { newDog { name } newCat @skip(if: true) { name } }");
        ExpectErrors("SingleFieldSubscriptionsRule", "subscription sub { newDog { name } newCat { name } }",
            ("Subscription \"sub\" must select only one top level field.", "1:36"));
        ExpectErrors("SingleFieldSubscriptionsRule", "subscription { __typename }",
            ("Anonymous Subscription must not select an introspection top level field.", "1:16"));
    }
}
