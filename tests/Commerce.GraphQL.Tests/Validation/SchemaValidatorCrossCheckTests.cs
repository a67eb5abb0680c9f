using static Commerce.GraphQL.Tests.Support.SdlSchemas;
using Commerce.GraphQL.Validation;
using Xunit.Abstractions;

namespace Commerce.GraphQL.Tests.Validation;

/// <summary>
/// Runs graphql-js's validateSchema and our <see cref="SchemaValidator"/> over the schemas of corpus/schemas: both
/// must report the same set of messages for every schema.
/// </summary>
public sealed class SchemaValidatorCrossCheckTests(ITestOutputHelper output)
{
    private static string SchemasDirectory => Path.Combine(ValidationHarness.CorpusDirectory, "schemas");

    [Fact]
    public void Schemas_get_the_same_messages_as_graphql_js()
    {
        using var json = NodeRunner.Run("validate-schemas.js", SchemasDirectory);
        var disagreements = new List<string>();
        var count = 0;
        var messages = 0;
        foreach (var entry in json.RootElement.EnumerateObject())
        {
            count++;
            var expected = entry.Value.EnumerateArray().Select(m => m.GetString()!).ToHashSet();
            messages += expected.Count;
            var schema = BuildFromSdl(File.ReadAllText(Path.Combine(SchemasDirectory, entry.Name)));
            var ours = SchemaValidator.Validate(schema).ToHashSet();
            if (!expected.SetEquals(ours))
            {
                disagreements.Add($"{entry.Name}:\n  graphql-js only: {string.Join("\n    ", expected.Except(ours))}\n  ours only: {string.Join("\n    ", ours.Except(expected))}");
            }
        }

        output.WriteLine($"{count - disagreements.Count} of {count} schemas agree ({messages} messages)");
        disagreements.ForEach(output.WriteLine);
        Assert.True(count >= 15);
        Assert.Empty(disagreements);
    }

    [Fact]
    public void EnsureValid_throws_a_SchemaException_listing_every_problem()
    {
        var schema = BuildFromSdl("type Query { a: String } enum E input I { x: Int! @deprecated } type T { i(x: I): E }");
        var exception = Assert.Throws<Types.SchemaException>(() => SchemaValidator.EnsureValid(schema));
        Assert.Equal(
            ["Enum type E must define one or more values.", "Required input field I.x cannot be deprecated."],
            exception.Errors.Order());
    }

    [Fact]
    public void EnsureValid_accepts_the_validation_harness_schema()
    {
        SchemaValidator.EnsureValid(ValidationHarness.Schema);
    }
}
