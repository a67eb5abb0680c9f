using System.Text.Json;
using Commerce.Catalog.Tests.Infrastructure;
using Commerce.Drivers.Mongo;
using Commerce.Drivers.Mongo.Bson;

namespace Commerce.Catalog.Tests.Integration;

/// <summary>Admin mutations, checked against what the collection holds afterwards.</summary>
public sealed class ProductMutationTests(CatalogHost catalog) : IClassFixture<CatalogHost>
{
    private const string Create = "mutation($input: CreateProductInput!) { createProduct(input: $input) { id name slug sku status pricing { price currency } category { id path } variants { sku } } }";
    private const string Update = "mutation($id: ID!, $input: UpdateProductInput!) { updateProduct(id: $id, input: $input) { id name sku pricing { price compareAtPrice currency } } }";
    private const string Archive = "mutation($id: ID!) { archiveProduct(id: $id) { id status } }";

    private static Dictionary<string, object?> NewInput(string key, string categoryId = "cat-home-kitchen-kettles") => new()
    {
        ["name"] = "Test kettle " + key,
        ["slug"] = "test-kettle-" + key,
        ["sku"] = "TEST-" + key,
        ["description"] = "A kettle made by a test.",
        ["price"] = 39.9m,
        ["compareAtPrice"] = 49m,
        ["currency"] = "EUR",
        ["categoryId"] = categoryId,
        ["vendor"] = "Test Vendor",
        ["variants"] = new object[]
        {
            new { title = "1 litre", sku = "TEST-" + key + "-1L", price = 39.9m, attributes = new[] { new { name = "volume", value = "1", type = "number" } } },
            new { title = "2 litres", sku = "TEST-" + key + "-2L", price = 44.9m },
        },
        ["attributes"] = new object[] { new { name = "color", value = "steel", type = "color" } },
        ["images"] = new object[] { new { url = "https://images.example.com/test/" + key + ".jpg", alt = "A test kettle" } },
        ["seo"] = new { title = "Test kettle", description = "Buy it." },
        ["status"] = "ACTIVE",
    };

    private async Task<BsonDocument?> StoredAsync(string id) =>
        (await catalog.Products.FindAsync(Filter.Eq("_id", id), new FindOptions { Limit = 1 }).ToListAsync()).FirstOrDefault();

    private async Task<string> CreateAsync(string key)
    {
        var response = await catalog.AdminAsync(Create, new { input = NewInput(key) });
        return response.Ok().GetProperty("createProduct").GetProperty("id").GetString()!;
    }

    private static IEnumerable<string> OffendingFields(GraphQLResponse response) =>
        response.FirstError.GetProperty("extensions").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("field").GetString()!);

    [Fact]
    public async Task Create_stores_the_product_it_returns()
    {
        var response = await catalog.AdminAsync(Create, new { input = NewInput("create") });

        var created = response.Ok().GetProperty("createProduct");
        var stored = await StoredAsync(created.GetProperty("id").GetString()!);
        Assert.NotNull(stored);
        Assert.Equal("Test kettle create", stored["name"].AsString);
        Assert.Equal("test-kettle-create", stored["slug"].AsString);
        Assert.Equal("TEST-create", stored["sku"].AsString);
        Assert.Equal(39.9m, stored["pricing"]["price"].AsDecimal);
        Assert.Equal(49m, stored["pricing"]["compareAtPrice"].AsDecimal);
        Assert.Equal("EUR", stored["pricing"]["currency"].AsString);
        Assert.Equal("/home/kitchen/kettles", stored["category"]["path"].AsString);
        Assert.Equal("active", stored["status"].AsString);
        Assert.Equal(["TEST-create-1L", "TEST-create-2L"], stored["variants"].AsBsonArray.Select(v => v["sku"].AsString));
        Assert.Equal("number", stored["variants"][0]["attributes"][0]["type"].AsString);
        Assert.True(stored["images"][0]["primary"].AsBoolean);
        Assert.Equal("/home/kitchen/kettles", created.GetProperty("category").GetProperty("path").GetString());
        Assert.Equal("ACTIVE", created.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Update_changes_only_the_fields_given()
    {
        var id = await CreateAsync("partial");
        var before = (await StoredAsync(id))!;

        var response = await catalog.AdminAsync(Update, new { id, input = new { name = "Renamed kettle", price = 35.5m } });

        Assert.Equal("Renamed kettle", response.Ok().GetProperty("updateProduct").GetProperty("name").GetString());
        var after = (await StoredAsync(id))!;
        Assert.Equal("Renamed kettle", after["name"].AsString);
        Assert.Equal(35.5m, after["pricing"]["price"].AsDecimal);
        Assert.True(after["updatedAt"].AsBsonDateTime.MillisecondsSinceEpoch >= before["updatedAt"].AsBsonDateTime.MillisecondsSinceEpoch);
        foreach (var element in before)
        {
            if (element.Name is "name" or "pricing" or "updatedAt")
            {
                continue;
            }

            Assert.Equal(element.Value, after[element.Name]);
        }

        Assert.Equal(before["pricing"]["compareAtPrice"], after["pricing"]["compareAtPrice"]);
        Assert.Equal(before["pricing"]["currency"], after["pricing"]["currency"]);
    }

    [Fact]
    public async Task Update_can_move_a_product_to_another_category()
    {
        var id = await CreateAsync("move");

        var response = await catalog.AdminAsync(
            "mutation($id: ID!) { updateProduct(id: $id, input: { categoryId: \"cat-garden-tools-shovels\" }) { category { id name path } } }",
            new { id });

        Assert.Equal("/garden/tools/shovels", response.Ok().GetProperty("updateProduct").GetProperty("category").GetProperty("path").GetString());
        Assert.Equal("cat-garden-tools-shovels", (await StoredAsync(id))!["category"]["id"].AsString);
    }

    [Fact]
    public async Task Archive_takes_the_product_off_the_listing_but_keeps_it_reachable_by_id()
    {
        var id = await CreateAsync("archive");

        var response = await catalog.AdminAsync(Archive, new { id });
        var listing = await catalog.PostAsync("query($path: String) { products(where: { categoryPath: $path }, first: 100) { edges { node { id } } } }", new { path = "/home/kitchen/kettles" });
        var byId = await catalog.PostAsync("query($id: ID!) { product(id: $id) { status } }", new { id });

        Assert.Equal("ARCHIVED", response.Ok().GetProperty("archiveProduct").GetProperty("status").GetString());
        Assert.Equal("archived", (await StoredAsync(id))!["status"].AsString);
        Assert.DoesNotContain(listing.Ok().GetProperty("products").GetProperty("edges").EnumerateArray(), e => e.GetProperty("node").GetProperty("id").GetString() == id);
        Assert.Equal("ARCHIVED", byId.Ok().GetProperty("product").GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_duplicate_sku_is_a_coded_error_and_writes_nothing()
    {
        await CreateAsync("dup");
        var count = await catalog.Products.CountDocumentsAsync(Filter.Empty);
        var input = NewInput("dup2");
        input["sku"] = "TEST-dup";

        var response = await catalog.AdminAsync(Create, new { input });

        Assert.Equal("DUPLICATE_SKU", response.ErrorCode);
        Assert.Equal(JsonValueKind.Null, response.Data.ValueKind);
        Assert.Equal(count, await catalog.Products.CountDocumentsAsync(Filter.Empty));
        Assert.Equal(0, await catalog.Products.CountDocumentsAsync(Filter.Eq("slug", "test-kettle-dup2")));
    }

    [Fact]
    public async Task A_duplicate_variant_sku_or_slug_is_a_coded_error_and_writes_nothing()
    {
        await CreateAsync("dupv");
        var count = await catalog.Products.CountDocumentsAsync(Filter.Empty);
        var variantClash = NewInput("dupv2");
        variantClash["variants"] = new object[] { new { title = "1 litre", sku = "TEST-dupv-1L", price = 39.9m } };
        var slugClash = NewInput("dupv3");
        slugClash["slug"] = "test-kettle-dupv";

        var variantResponse = await catalog.AdminAsync(Create, new { input = variantClash });
        var slugResponse = await catalog.AdminAsync(Create, new { input = slugClash });

        Assert.Equal("DUPLICATE_SKU", variantResponse.ErrorCode);
        Assert.Equal("DUPLICATE_SLUG", slugResponse.ErrorCode);
        Assert.Equal(count, await catalog.Products.CountDocumentsAsync(Filter.Empty));
    }

    [Fact]
    public async Task A_product_sku_may_not_repeat_another_products_variant_sku_nor_the_reverse()
    {
        await CreateAsync("cross");
        var count = await catalog.Products.CountDocumentsAsync(Filter.Empty);
        var productClash = NewInput("cross2");
        productClash["sku"] = "TEST-cross-2L";
        var variantClash = NewInput("cross3");
        variantClash["variants"] = new object[] { new { title = "x", sku = "TEST-cross", price = 1m } };

        var productResponse = await catalog.AdminAsync(Create, new { input = productClash });
        var variantResponse = await catalog.AdminAsync(Create, new { input = variantClash });

        Assert.Equal("DUPLICATE_SKU", productResponse.ErrorCode);
        Assert.Contains("TEST-cross-2L", productResponse.FirstError.GetProperty("message").GetString());
        Assert.Equal("DUPLICATE_SKU", variantResponse.ErrorCode);
        Assert.Equal(count, await catalog.Products.CountDocumentsAsync(Filter.Empty));
    }

    [Theory]
    [InlineData("sku", "DUPLICATE_SKU")]
    [InlineData("slug", "DUPLICATE_SLUG")]
    [InlineData("variants.sku", "DUPLICATE_SKU")]
    public async Task The_servers_duplicate_key_errors_map_to_the_code_of_the_field_they_hit(string clashing, string code)
    {
        var id = await CreateAsync("e11000-" + clashing.Replace('.', '-'));
        var copy = (await StoredAsync(id))!.DeepClone();
        copy.Set("_id", id + "-copy");
        if (clashing != "sku")
        {
            copy.Set("sku", "OTHER-" + id);
        }

        if (clashing != "slug")
        {
            copy.Set("slug", "other-" + id);
        }

        if (clashing != "variants.sku")
        {
            copy.Set("variants", new BsonArray());
        }

        var error = await Assert.ThrowsAsync<MongoDuplicateKeyException>(() => catalog.Products.InsertOneAsync(copy));
        var mapped = DuplicateKeys.ToGraphQL(error);

        Assert.Equal(code, mapped.Errors[0].Code);
    }

    [Fact]
    public async Task An_update_may_keep_its_own_skus()
    {
        var id = await CreateAsync("own");

        var response = await catalog.AdminAsync(Update, new { id, input = new { sku = "TEST-own", variants = new[] { new { title = "1 litre", sku = "TEST-own-1L", price = 30m } } } });

        Assert.Equal("TEST-own", response.Ok().GetProperty("updateProduct").GetProperty("sku").GetString());
        Assert.Equal(["TEST-own-1L"], (await StoredAsync(id))!["variants"].AsBsonArray.Select(v => v["sku"].AsString));
    }

    [Fact]
    public async Task Updating_to_a_taken_sku_is_a_coded_error_and_changes_nothing()
    {
        await CreateAsync("taken");
        var id = await CreateAsync("taker");
        var before = await StoredAsync(id);

        var response = await catalog.AdminAsync(Update, new { id, input = new { sku = "TEST-taken", name = "Should not stick" } });

        Assert.Equal("DUPLICATE_SKU", response.ErrorCode);
        Assert.Equal(before, await StoredAsync(id));
    }

    [Fact]
    public async Task Invalid_input_lists_every_offending_field_and_writes_nothing()
    {
        var count = await catalog.Products.CountDocumentsAsync(Filter.Empty);
        var input = NewInput("invalid");
        input["price"] = -1m;
        input["compareAtPrice"] = 1.999m;
        input["currency"] = "eu";
        input["slug"] = "Not A Slug";
        input["name"] = "   ";
        input["sku"] = new string('X', 65);
        input["variants"] = new object[]
        {
            new { title = "a", sku = "TEST-same", price = 1m },
            new { title = "b", sku = "TEST-same", price = 2m },
        };

        var response = await catalog.AdminAsync(Create, new { input });

        Assert.Equal("VALIDATION_FAILED", response.ErrorCode);
        Assert.Equal(
            ["compareAtPrice", "currency", "name", "price", "sku", "slug", "variants[1].sku"],
            OffendingFields(response).Order(StringComparer.Ordinal));
        Assert.Equal(count, await catalog.Products.CountDocumentsAsync(Filter.Empty));
    }

    [Fact]
    public async Task An_unknown_category_is_a_validation_error()
    {
        var response = await catalog.AdminAsync(Create, new { input = NewInput("nocat", categoryId: "cat-nowhere") });

        Assert.Equal("VALIDATION_FAILED", response.ErrorCode);
        Assert.Equal(["categoryId"], OffendingFields(response));
    }

    [Fact]
    public async Task Invalid_update_fields_are_validation_errors_and_change_nothing()
    {
        var id = await CreateAsync("badupdate");
        var before = await StoredAsync(id);

        var response = await catalog.AdminAsync(Update, new { id, input = new { price = 10.001m, currency = "EURO", slug = "" } });

        Assert.Equal("VALIDATION_FAILED", response.ErrorCode);
        Assert.Equal(["currency", "price", "slug"], OffendingFields(response).Order(StringComparer.Ordinal));
        Assert.Equal(before, await StoredAsync(id));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("shopper")]
    public async Task Non_admins_are_forbidden_and_nothing_changes(string? role)
    {
        var id = await CreateAsync("forbidden-" + (role ?? "anonymous"));
        var before = await StoredAsync(id);
        var count = await catalog.Products.CountDocumentsAsync(Filter.Empty);

        var create = await catalog.PostAsync(Create, new { input = NewInput("forbidden2-" + (role ?? "anonymous")) }, role);
        var update = await catalog.PostAsync(Update, new { id, input = new { name = "Hacked" } }, role);
        var archive = await catalog.PostAsync(Archive, new { id }, role);

        Assert.Equal("FORBIDDEN", create.ErrorCode);
        Assert.Equal("FORBIDDEN", update.ErrorCode);
        Assert.Equal("FORBIDDEN", archive.ErrorCode);
        Assert.Equal(before, await StoredAsync(id));
        Assert.Equal(count, await catalog.Products.CountDocumentsAsync(Filter.Empty));
    }

    [Fact]
    public async Task Unknown_ids_are_not_found()
    {
        var update = await catalog.AdminAsync(Update, new { id = "no-such-product", input = new { name = "x" } });
        var archive = await catalog.AdminAsync(Archive, new { id = "no-such-product" });

        Assert.Equal("NOT_FOUND", update.ErrorCode);
        Assert.Equal("NOT_FOUND", archive.ErrorCode);
        Assert.Equal(0, await catalog.Products.CountDocumentsAsync(Filter.Eq("_id", "no-such-product")));
    }

    [Theory]
    [InlineData("{ \"input\": { \"name\": \"x\", \"slug\": \"x\", \"sku\": \"x\", \"price\": \"abc\", \"currency\": \"EUR\", \"categoryId\": \"c\" } }")]
    [InlineData("{ \"input\": { \"name\": \"x\" } }")]
    [InlineData("{ \"input\": null }")]
    [InlineData("{ \"input\": { \"name\": \"x\", \"slug\": \"x\", \"sku\": \"x\", \"price\": 1, \"currency\": \"EUR\", \"categoryId\": \"c\", \"status\": \"GONE\" } }")]
    public async Task Malformed_variables_are_request_errors_not_server_errors(string variables)
    {
        var count = await catalog.Products.CountDocumentsAsync(Filter.Empty);

        var response = await catalog.AdminAsync(Create, JsonDocument.Parse(variables).RootElement);

        Assert.True(response.HasErrors);
        Assert.False(response.Body.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object);
        Assert.Equal(count, await catalog.Products.CountDocumentsAsync(Filter.Empty));
    }
}
