using static Commerce.GraphQL.Tests.Validation.ValidationHarness;

namespace Commerce.GraphQL.Tests.Validation;

/// <summary>Spec 5.4: argument names, uniqueness and required arguments.</summary>
public sealed class ArgumentRulesTests
{
    [Fact]
    public void KnownArgumentNames()
    {
        ExpectValid("KnownArgumentNamesRule", "{ dog { doesKnowCommand(dogCommand: SIT) @include(if: true) } }");
        ExpectErrors("KnownArgumentNamesRule", "{ dog { doesKnowCommand(dogcommand: SIT) } }",
            ("Unknown argument \"dogcommand\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?", "1:25"));
        ExpectErrors("KnownArgumentNamesRule", "{ dog @skip(iff: true) { name } }",
            ("Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"?", "1:13"));
    }

    [Fact]
    public void UniqueArgumentNames()
    {
        ExpectValid("UniqueArgumentNamesRule", "{ dog { isAtLocation(x: 1, y: 2) } }");
        ExpectErrors("UniqueArgumentNamesRule", "{ dog { isAtLocation(x: 1, x: 2) } }",
            ("There can be only one argument named \"x\".", "1:22 1:28"));
    }

    [Fact]
    public void ProvidedRequiredArguments()
    {
        ExpectValid("ProvidedRequiredArgumentsRule", "{ complicatedArgs { multipleOpts nonNullFieldWithDefault multipleReqs(req1: 1, req2: 2) } }");
        ExpectErrors("ProvidedRequiredArgumentsRule", "{ complicatedArgs { multipleReqs(req2: 2) } }",
            ("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", "1:21"));
        ExpectErrors("ProvidedRequiredArgumentsRule", "{ dog @include { name } }",
            ("Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", "1:7"));
    }
}
