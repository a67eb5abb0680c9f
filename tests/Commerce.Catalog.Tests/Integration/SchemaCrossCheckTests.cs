using System.Text.Json;
using Commerce.Catalog.Tests.Infrastructure;

namespace Commerce.Catalog.Tests.Integration;

/// <summary>graphql-js, reading the schema by introspection over HTTP, finds it valid and the catalog's operations valid against it.</summary>
public sealed class SchemaCrossCheckTests(SchemaCrossCheckTests.SchemaOnlyCatalog catalog) : IClassFixture<SchemaCrossCheckTests.SchemaOnlyCatalog>
{
    public sealed class SchemaOnlyCatalog : CatalogHost
    {
        protected override bool Seed => false;
    }

    private static readonly string[] Operations =
    [
        "query($id: ID!) { product(id: $id) { id name slug sku status pricing { price compareAtPrice currency } category { id name path } variants { title sku price attributes { name value type } } attributes { name value type } images { url alt position primary } seo { title description } createdAt updatedAt } }",
        "query($slug: String!) { productBySlug(slug: $slug) { id } }",
        "query($search: String, $where: ProductFilterInput, $order: ProductOrder, $first: Int, $after: String) { products(search: $search, where: $where, order: $order, first: $first, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } nodes { id } } }",
        "query { products(where: { categoryPath: \"/home\", minPrice: 1, maxPrice: \"9.99\", vendor: \"Acme\", attributes: [{ name: \"color\", values: [\"red\"] }], status: [ACTIVE, DRAFT] }, order: PRICE_DESC) { totalCount } }",
        "query { productFacets(search: \"steel\", where: { categoryPath: \"/home\" }) { totalCount categories { id name path count } vendors { vendor count } priceBands { min max count } } }",
        "query { categories { id name slug path parent depth children { id children { id } } } }",
        "mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }",
        "mutation($id: ID!, $input: UpdateProductInput!) { updateProduct(id: $id, input: $input) { id } }",
        "mutation($id: ID!) { archiveProduct(id: $id) { status } }",
    ];

    [Fact]
    public async Task Graphql_js_finds_the_schema_and_the_catalog_operations_valid()
    {
        var output = await NodeRunner.RunAsync("schema-check.js", [new Uri(catalog.Http.BaseAddress!, "/graphql").ToString()], JsonSerializer.Serialize(Operations));

        var result = JsonDocument.Parse(output).RootElement;
        Assert.Empty(result.GetProperty("schemaErrors").EnumerateArray());
        var operationErrors = result.GetProperty("operationErrors").EnumerateArray().ToList();
        Assert.Equal(Operations.Length, operationErrors.Count);
        Assert.All(operationErrors, errors => Assert.Empty(errors.EnumerateArray()));
        var sdl = result.GetProperty("sdl").GetString()!;
        Assert.Contains("products(", sdl);
        Assert.Contains("): ProductConnection!", sdl);
        Assert.Contains("enum ProductOrder {", sdl);
    }

    [Fact]
    public async Task An_operation_against_fields_the_catalog_lacks_is_invalid_in_graphql_js_too()
    {
        string[] wrong = ["{ product(id: 1) { price } }", "{ products(sort: NAME) { totalCount } }"];

        var output = await NodeRunner.RunAsync("schema-check.js", [new Uri(catalog.Http.BaseAddress!, "/graphql").ToString()], JsonSerializer.Serialize(wrong));

        var operationErrors = JsonDocument.Parse(output).RootElement.GetProperty("operationErrors").EnumerateArray().ToList();
        Assert.All(operationErrors, errors => Assert.NotEmpty(errors.EnumerateArray()));
        foreach (var operation in wrong)
        {
            var ours = await catalog.PostAsync(operation);
            Assert.True(ours.HasErrors);
            Assert.False(ours.Body.TryGetProperty("data", out _));
        }
    }
}
