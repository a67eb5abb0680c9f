using System.Text;
using Commerce.GraphQL.Execution;
using Commerce.GraphQL.Serialization;

namespace Commerce.GraphQL.Tests.Relay;

/// <summary>Relay global object identification: [Node] types expose global ids that node(id:) and nodes(ids:) resolve back.</summary>
public sealed class GlobalObjectIdentificationTests
{
    [Node]
    public sealed record Thing(string Id, string Name);

    public sealed class ThingQuery
    {
        public Thing First() => Things["7"];
    }

    private static readonly Dictionary<string, Thing> Things = new() { ["7"] = new("7", "Kettle"), ["9"] = new("9", "Toaster") };

    private static readonly RequestExecutor Executor = new(SchemaBuilder.New()
        .AddQueryType<ThingQuery>()
        .AddGlobalObjectIdentification()
        .AddNodeResolver<Thing>((_, id) => ValueTask.FromResult(Things.GetValueOrDefault(id)))
        .Build());

    [Fact]
    public async Task A_global_id_is_opaque_and_node_resolves_it_back_to_its_object()
    {
        var globalId = Convert.ToBase64String(Encoding.UTF8.GetBytes("Thing:7"));

        var first = await Run("{ first { id name } }");
        var node = await Run($$"""{ node(id: "{{globalId}}") { id ... on Thing { name } } }""");

        Assert.Equal("{\"data\":{\"first\":{\"id\":\"" + globalId + "\",\"name\":\"Kettle\"}}}", first);
        Assert.Equal("{\"data\":{\"node\":{\"id\":\"" + globalId + "\",\"name\":\"Kettle\"}}}", node);
    }

    [Fact]
    public async Task Nodes_keeps_the_order_of_the_ids_and_answers_null_for_unknown_ones()
    {
        string Id(string raw) => Convert.ToBase64String(Encoding.UTF8.GetBytes(raw));

        var result = await Run($$"""{ nodes(ids: ["{{Id("Thing:9")}}", "{{Id("Thing:404")}}", "{{Id("Other:7")}}"]) { ... on Thing { name } } }""");

        Assert.Equal("""{"data":{"nodes":[{"name":"Toaster"},null,null]}}""", result);
    }

    [Fact]
    public async Task A_malformed_id_is_a_coded_error_at_its_field()
    {
        var result = (OperationResult)await Executor.ExecuteAsync(new GraphQLRequest { Query = """{ node(id: "not-a-global-id") { id } }""" });

        var error = Assert.Single(result.Errors!);
        Assert.Equal(ErrorCodes.BadUserInput, error.Code);
        Assert.Equal(["node"], error.Path!);
    }

    private static async Task<string> Run(string query) =>
        Encoding.UTF8.GetString(ResultJsonWriter.ToUtf8Bytes((OperationResult)await Executor.ExecuteAsync(new GraphQLRequest { Query = query })));
}
