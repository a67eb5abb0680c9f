using System.Text;
using System.Text.Json;
using Commerce.GraphQL.Execution;
using Commerce.GraphQL.Serialization;
using Commerce.GraphQL.Tests.Configuration;
using Commerce.GraphQL.Tests.Support;
using Commerce.GraphQL.Types;

namespace Commerce.GraphQL.Tests.Introspection;

/// <summary>
/// graphql-js rebuilds a schema from our introspection result (buildClientSchema) and prints it; that print must
/// equal our own SDL print of the same schema, for graphql-js's full introspection query with every option on.
/// </summary>
public sealed class IntrospectionCrossCheckTests
{
    public static TheoryData<string> Schemas => ["every-feature", "code-first-catalog"];

    [Theory]
    [MemberData(nameof(Schemas))]
    public async Task GraphQL_js_rebuilds_the_schema_we_print_from_our_introspection(string name)
    {
        var schema = Build(name);
        var query = JsonSerializer.Deserialize<string>(await Node(new { command = "query" }))!;

        var result = (OperationResult)await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest { Query = query });
        var introspection = JsonDocument.Parse(ResultJsonWriter.ToUtf8Bytes(result)).RootElement;
        var printed = JsonDocument.Parse(await Node(new { command = "print", results = new[] { introspection } })).RootElement[0];

        Assert.False(printed.TryGetProperty("error", out var error), error.ToString());
        Assert.Equal(SchemaPrinter.Print(schema), printed.GetProperty("sdl").GetString());
    }

    [Fact]
    public void The_every_feature_schema_keeps_what_the_SDL_says()
    {
        var schema = Build("every-feature");

        Assert.Equal("Root", schema.QueryType!.Name);
        Assert.True(((InputObjectType)schema.GetType("RenameInput")!).IsOneOf);
        Assert.True(schema.GetDirective("cost")!.IsRepeatable);
        Assert.Equal("Gone.", ((EnumType)schema.GetType("Kind")!).Values["LEGACY"].DeprecationReason);
        Assert.Equal("https://scalars.graphql.org/andimarek/date-time", ((ScalarType)schema.GetType("DateTime")!).SpecifiedByUrl);
    }

    private static Schema Build(string name) => name switch
    {
        "every-feature" => SchemaBuilder.New().AddDocumentFromString(IntrospectionSchemas.EveryFeature).Build(),
        _ => SchemaBuilder.New().AddQueryType<Query>().AddTypeExtension<CatalogMutations>().AddTypeExtension<ProductStockExtension>().AddType<IEntity>().Build(),
    };

    private static Task<string> Node(object input) =>
        NodeScript.RunAsync(Path.Combine(NodeScript.RepositoryRoot, "tests", "node", "scripts", "introspection.js"), JsonSerializer.Serialize(input));
}
