using static Commerce.GraphQL.Tests.Validation.ValidationHarness;

namespace Commerce.GraphQL.Tests.Validation;

/// <summary>Spec 5.5: fragment declarations and spreads.</summary>
public sealed class FragmentRulesTests
{
    [Fact]
    public void UniqueFragmentNames()
    {
        ExpectValid("UniqueFragmentNamesRule", "{ dog { ...fragA ...fragB } } fragment fragA on Dog { name } fragment fragB on Dog { name }");
        ExpectErrors("UniqueFragmentNamesRule", "{ dog { ...fragA } } fragment fragA on Dog { name } fragment fragA on Dog { nickname }",
            ("There can be only one fragment named \"fragA\".", "1:31 1:62"));
    }

    [Fact]
    public void KnownFragmentNames()
    {
        ExpectValid("KnownFragmentNamesRule", "{ dog { ...F } } fragment F on Dog { name }");
        ExpectErrors("KnownFragmentNamesRule", "{ dog { ...Missing } }", ("Unknown fragment \"Missing\".", "1:12"));
    }

    [Fact]
    public void NoUnusedFragments()
    {
        ExpectValid("NoUnusedFragmentsRule", "{ dog { ...A } } fragment A on Dog { ...B } fragment B on Dog { name }");
        ExpectErrors("NoUnusedFragmentsRule", "{ dog { name } } fragment Unused on Dog { name }", ("Fragment \"Unused\" is never used.", "1:18"));
    }

    [Fact]
    public void PossibleFragmentSpreads()
    {
        ExpectValid("PossibleFragmentSpreadsRule", "{ pet { ... on Dog { name } } catOrDog { ... on Pet { name } } being { ... on Intelligent { iq } } }");
        ExpectErrors("PossibleFragmentSpreadsRule", "{ dog { ... on Cat { meows } } }",
            ("Fragment cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\".", "1:9"));
        ExpectErrors("PossibleFragmentSpreadsRule", "{ dog { ...catFrag } } fragment catFrag on Cat { meows }",
            ("Fragment \"catFrag\" cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\".", "1:9"));
    }

    [Fact]
    public void NoFragmentCycles()
    {
        ExpectValid("NoFragmentCyclesRule", "{ dog { ...fragA ...fragA } } fragment fragA on Dog { ...fragB ...fragB } fragment fragB on Dog { name }");
        ExpectErrors("NoFragmentCyclesRule", "{ dog { ...fragA } } fragment fragA on Dog { ...fragB } fragment fragB on Dog { ...fragA }",
            ("Cannot spread fragment \"fragA\" within itself via \"fragB\".", "1:46 1:81"));
        ExpectErrors("NoFragmentCyclesRule", "{ dog { ...fragA } } fragment fragA on Dog { ...fragA }",
            ("Cannot spread fragment \"fragA\" within itself.", "1:46"));
    }

    [Fact]
    public void FragmentsOnCompositeTypes()
    {
        ExpectValid("FragmentsOnCompositeTypesRule", "{ dog { ... on Pet { name } ... { name } } } fragment F on CatOrDog { __typename }");
        ExpectErrors("FragmentsOnCompositeTypesRule", "{ dog { ... on Boolean { name } } }",
            ("Fragment cannot condition on non composite type \"Boolean\".", "1:16"));
        ExpectErrors("FragmentsOnCompositeTypesRule", "{ dog { ...F } } fragment F on Int { name }",
            ("Fragment \"F\" cannot condition on non composite type \"Int\".", "1:32"));
    }
}
