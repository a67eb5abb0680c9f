using static Commerce.GraphQL.Tests.Validation.ValidationHarness;

namespace Commerce.GraphQL.Tests.Validation;

/// <summary>Spec 5.3: field selections, leaf selections and field merging.</summary>
public sealed class FieldRulesTests
{
    [Fact]
    public void FieldsOnCorrectType()
    {
        ExpectValid("FieldsOnCorrectTypeRule", "{ dog { __typename name tn: __typename } pet { name } __schema { queryType { name } } }");
        ExpectErrors("FieldsOnCorrectTypeRule", "{ dog { meowVolume } }",
            ("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", "1:9"));
        ExpectErrors("FieldsOnCorrectTypeRule", "{ pet { nickname } }",
            ("Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"?", "1:9"));
        ExpectErrors("FieldsOnCorrectTypeRule", "{ catOrDog { directField } }",
            ("Cannot query field \"directField\" on type \"CatOrDog\".", "1:14"));
    }

    [Fact]
    public void ScalarLeafs()
    {
        ExpectValid("ScalarLeafsRule", "{ dog { barks } }");
        ExpectErrors("ScalarLeafsRule", "{ human }",
            ("Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"?", "1:3"));
        ExpectErrors("ScalarLeafsRule", "{ dog { barks { sinceWhen } } }",
            ("Field \"barks\" must not have a selection since type \"Boolean\" has no subfields.", "1:15"));
    }

    [Fact]
    public void OverlappingFieldsCanBeMerged()
    {
        ExpectValid("OverlappingFieldsCanBeMergedRule", "{ dog { name name otherName: name doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: SIT) } }");
        ExpectValid("OverlappingFieldsCanBeMergedRule", "{ catOrDog { ... on Dog { name } ... on Cat { name: nickname } } }");
        ExpectErrors("OverlappingFieldsCanBeMergedRule", "{ dog { fido: name fido: nickname } }",
            ("Fields \"fido\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", "1:9 1:20"));
        ExpectErrors("OverlappingFieldsCanBeMergedRule", "{ dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: HEEL) } }",
            ("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", "1:9 1:42"));
        ExpectErrors("OverlappingFieldsCanBeMergedRule", "{ catOrDog { ... on Dog { x: barkVolume } ... on Cat { x: meows } } }",
            ("Fields \"x\" conflict because they return conflicting types \"Int\" and \"Boolean\". Use different aliases on the fields to fetch both if this was intentional.", "1:27 1:56"));
        ExpectErrors("OverlappingFieldsCanBeMergedRule", "{ dog { x: mother { name } x: mother { name: nickname } } }",
            ("Fields \"x\" conflict because subfields \"name\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", "1:9 1:21 1:28 1:40"));
    }
}
