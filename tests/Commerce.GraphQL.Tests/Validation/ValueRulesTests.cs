using static Commerce.GraphQL.Tests.Validation.ValidationHarness;

namespace Commerce.GraphQL.Tests.Validation;

/// <summary>Spec 5.6: values of correct type (with @oneOf) and input field uniqueness.</summary>
public sealed class ValueRulesTests
{
    [Fact]
    public void ValuesOfCorrectType_scalars_and_enums()
    {
        ExpectValid("ValuesOfCorrectTypeRule", "{ complicatedArgs { intArgField(intArg: 2) floatArgField(floatArg: 1) idArgField(idArg: 1) enumArgField(enumArg: BROWN) } }");
        ExpectErrors("ValuesOfCorrectTypeRule", "{ complicatedArgs { intArgField(intArg: \"3\") } }",
            ("Int cannot represent non-integer value: \"3\"", "1:41"));
        ExpectErrors("ValuesOfCorrectTypeRule", "{ dog { doesKnowCommand(dogCommand: sit) } }",
            ("Value \"sit\" does not exist in \"DogCommand\" enum. Did you mean the enum value \"SIT\"?", "1:37"));
        ExpectErrors("ValuesOfCorrectTypeRule", "{ complicatedArgs { nonNullIntArgField(nonNullIntArg: null) } }",
            ("Expected value of type \"Int!\", found null.", "1:55"));
    }

    [Fact]
    public void ValuesOfCorrectType_input_objects()
    {
        ExpectErrors("ValuesOfCorrectTypeRule", "{ complicatedArgs { complexArgField(complexArg: { intField: 4 }) } }",
            ("Field \"ComplexInput.requiredField\" of required type \"Boolean!\" was not provided.", "1:49"));
        ExpectErrors("ValuesOfCorrectTypeRule", "{ complicatedArgs { complexArgField(complexArg: { requiredField: true, strinField: \"a\" }) } }",
            ("Field \"strinField\" is not defined by type \"ComplexInput\". Did you mean \"stringField\", \"intField\", or \"stringListField\"?", "1:72"));
    }

    [Fact]
    public void ValuesOfCorrectType_oneOf()
    {
        ExpectValid("ValuesOfCorrectTypeRule", "{ complicatedArgs { oneOfArgField(oneOfArg: { stringField: \"a\" }) } }");
        ExpectErrors("ValuesOfCorrectTypeRule", "{ complicatedArgs { oneOfArgField(oneOfArg: { stringField: \"a\", intField: 1 }) } }",
            ("OneOf Input Object \"OneOfInput\" must specify exactly one key.", "1:45"));
        ExpectErrors("ValuesOfCorrectTypeRule", "{ complicatedArgs { oneOfArgField(oneOfArg: { stringField: null }) } }",
            ("Field \"OneOfInput.stringField\" must be non-null.", "1:45"));
    }

    [Fact]
    public void UniqueInputFieldNames()
    {
        ExpectValid("UniqueInputFieldNamesRule", "{ complicatedArgs { anyArgField(anyArg: { a: { b: 1 }, c: { b: 2 } }) } }");
        ExpectErrors("UniqueInputFieldNamesRule", "{ complicatedArgs { anyArgField(anyArg: { a: 1, a: 2 }) } }",
            ("There can be only one input field named \"a\".", "1:43 1:49"));
    }
}
