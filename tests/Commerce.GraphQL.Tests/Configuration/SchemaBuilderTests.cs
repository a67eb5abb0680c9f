using System.Text.Json;
using Commerce.GraphQL.Tests.Support;
using Commerce.GraphQL.Types;

namespace Commerce.GraphQL.Tests.Configuration;

public sealed class SchemaBuilderTests
{
    // Written by hand from the C# model: what a Hot Chocolate user expects that model to mean.
    private const string ExpectedSdl = """
        type Query {
          product(id: ID!): Product
          products(first: Int! = 10, where: ProductFilterInput): [Product!]!
          find(by: ProductReferenceInput!): Product
          count: Int!
          entity(id: ID!): Entity
        }

        type Mutation {
          createProduct(input: CreateProductInput!): Product!
        }

        interface Entity {
          id: ID!
        }

        type Product implements Entity {
          id: ID!
          name: String!
          price: Decimal!
          description: String
          tags: [String!]!
          variants: [Variant]
          status: ProductStatus!
          title: String! @deprecated(reason: "Use name.")
          "The price with tax, computed."
          priceWithTax(rate: Decimal! = 0.2): Decimal!
          inStock: Boolean!
        }

        type Variant {
          sku: String!
          stock: Int
          weight: Long!
        }

        enum ProductStatus {
          DRAFT
          ACTIVE
          ARCHIVED_FOR_GOOD
        }

        input ProductFilterInput {
          nameContains: String
          minPrice: Decimal
          status: ProductStatus
          tags: [String!]
        }

        input ProductReferenceInput @oneOf {
          id: String
          slug: String
        }

        input CreateProductInput {
          name: String!
          price: Decimal!
          status: ProductStatus! = DRAFT
        }

        "An exact decimal number, such as 19.99; accepted as a number or a string."
        scalar Decimal

        "A signed 64-bit integer."
        scalar Long
        """;

    private static Schema BuildCatalogSchema() => SchemaBuilder.New()
        .AddQueryType<Query>()
        .AddTypeExtension<CatalogMutations>()
        .AddTypeExtension<ProductStockExtension>()
        .AddType<IEntity>()
        .Build();

    [Fact]
    public async Task Code_first_model_builds_the_schema_a_Hot_Chocolate_user_expects()
    {
        var printed = SchemaPrinter.Print(BuildCatalogSchema());

        var results = await PrintWithGraphQLJs(printed, ExpectedSdl);

        Assert.Null(results[0].Error);
        Assert.Empty(results[0].Errors!);
        Assert.Equal(results[1].Sorted, results[0].Sorted);
    }

    [Fact]
    public async Task Printed_schema_is_in_graphql_js_canonical_form()
    {
        var printed = SchemaPrinter.Print(BuildCatalogSchema());

        var results = await PrintWithGraphQLJs(printed);

        Assert.Equal(results[0].Printed, printed);
    }

    [Fact]
    public void Enum_members_are_upper_snake_case_and_keep_their_runtime_values()
    {
        var schema = BuildCatalogSchema();
        var status = (EnumType)schema.GetType("ProductStatus")!;

        Assert.Equal(ProductStatus.ArchivedForGood, status.ParseValue("ARCHIVED_FOR_GOOD"));
        Assert.Equal("ACTIVE", status.Serialize(ProductStatus.Active));
    }

    [Fact]
    public void Input_objects_are_built_as_their_records()
    {
        var schema = BuildCatalogSchema();
        var filter = (InputObjectType)schema.GetType("ProductFilterInput")!;

        var built = new Coercion.InputValueConverter().Convert(new Dictionary<string, object?>
        {
            ["nameContains"] = "Ket",
            ["status"] = ProductStatus.Active,
            ["tags"] = new List<object?> { "a", "b" },
        }, typeof(ProductFilter), filter);

        var record = Assert.IsType<ProductFilter>(built);
        Assert.Equal("Ket", record.NameContains);
        Assert.Null(record.MinPrice);
        Assert.Equal(ProductStatus.Active, record.Status);
        Assert.Equal(["a", "b"], record.Tags!);
    }

    [Fact]
    public void Two_members_mapping_to_one_field_name_are_refused()
    {
        var error = Assert.Throws<SchemaException>(() => SchemaBuilder.New().AddQueryType<Clashing>().Build());

        Assert.Contains("\"Query.value\" is defined more than once", error.Message);
    }

    public sealed class Clashing
    {
        public int Value => 1;

        public int GetValue() => 2;
    }

    private sealed record GraphQLJsPrint(string? Printed, string? Sorted, string[]? Errors, string? Error);

    private static async Task<GraphQLJsPrint[]> PrintWithGraphQLJs(params string[] sdl)
    {
        var output = await NodeScript.RunAsync(NodeScript.TestScript("Commerce.GraphQL.Tests", "print-schema.js"), JsonSerializer.Serialize(sdl));
        return JsonSerializer.Deserialize<GraphQLJsPrint[]>(output, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }
}
