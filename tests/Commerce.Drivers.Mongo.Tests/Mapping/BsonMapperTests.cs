using Commerce.Drivers.Mongo.Bson;
using Commerce.Drivers.Mongo.Bson.Serialization;

namespace Commerce.Drivers.Mongo.Tests.Mapping;

public sealed class BsonMapperTests
{
    private readonly BsonMapper _mapper = new();

    private static readonly ObjectId ProductId = ObjectId.Parse("65a1b2c3d4e5f60718293a4b");
    private static readonly Guid External = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

    private static Product SampleProduct() => new(
        ProductId,
        "Espresso cup",
        null,
        ProductStatus.Active,
        new Money(12.50m, "EUR"),
        7,
        new DateTime(2024, 3, 1, 10, 30, 0, 250, DateTimeKind.Utc),
        new DateTimeOffset(2024, 3, 2, 12, 0, 0, TimeSpan.FromHours(2)),
        External,
        [new Variant("CUP-WHT", new Money(12.50m, "EUR"), ["white"])],
        ["kitchen", "cups"],
        new() { ["Material"] = "porcelain" });

    // Written out independently of the mapper: what the stored document must look like.
    private static BsonDocument ExpectedDocument() => new()
    {
        { "_id", ProductId },
        { "name", "Espresso cup" },
        { "description", BsonNull.Value },
        { "status", "Active" },
        { "price", new BsonDocument { { "amount", new BsonDecimal128(new Decimal128(0x303C000000000000UL, 1250UL)) }, { "currency", "EUR" } } },
        { "stock", 7 },
        { "createdAt", new BsonDateTime(1709289000250L) },
        { "publishedAt", new BsonDateTime(1709373600000L) },
        { "externalId", new BsonBinaryData(Convert.FromHexString("0F8FAD5BD9CB469FA16570867728950E"), BsonBinarySubType.UuidStandard) },
        { "variants", new BsonArray { new BsonDocument { { "sku", "CUP-WHT" }, { "price", new BsonDocument { { "amount", new BsonDecimal128(new Decimal128(0x303C000000000000UL, 1250UL)) }, { "currency", "EUR" } } }, { "tags", new BsonArray { "white" } } } } },
        { "categories", new BsonArray { "kitchen", "cups" } },
        { "attributes", new BsonDocument("Material", "porcelain") },
    };

    [Fact]
    public void Record_maps_to_camelCase_document_with_id_first()
    {
        Assert.Equal(ExpectedDocument(), _mapper.ToDocument(SampleProduct()));
    }

    [Fact]
    public void Document_maps_back_to_an_equal_record()
    {
        var product = _mapper.FromDocument<Product>(ExpectedDocument());
        var expected = SampleProduct();

        Assert.Equal(expected.Id, product.Id);
        Assert.Equal(expected.Name, product.Name);
        Assert.Null(product.Description);
        Assert.Equal(ProductStatus.Active, product.Status);
        Assert.Equal(expected.Price, product.Price);
        Assert.Equal(2, product.Price.Amount.Scale);
        Assert.Equal(7, product.Stock);
        Assert.Equal(expected.CreatedAt, product.CreatedAt);
        Assert.Equal(DateTimeKind.Utc, product.CreatedAt.Kind);
        Assert.Equal(expected.PublishedAt, product.PublishedAt);
        Assert.Equal(External, product.ExternalId);
        Assert.Equal("CUP-WHT", Assert.Single(product.Variants).Sku);
        Assert.Equal(["white"], product.Variants[0].Tags);
        Assert.Equal(["kitchen", "cups"], product.Categories);
        Assert.Equal("porcelain", product.Attributes["Material"]);
    }

    [Fact]
    public void Missing_elements_read_as_null_or_default()
    {
        var product = _mapper.FromDocument<Product>(new BsonDocument { { "_id", ProductId }, { "name", "x" }, { "status", "Draft" } });
        Assert.Null(product.Stock);
        Assert.Null(product.Price);
        Assert.Equal(Guid.Empty, product.ExternalId);
    }

    [Fact]
    public void Class_with_setters_attributes_and_ignored_members()
    {
        var id = Guid.Parse("6f9619ff-8b86-d011-b42d-00c04fc964ff");
        var review = new Review { Id = id, Rating = 5, Body = "great", Author = "ann", HelpfulVotes = null };

        var document = _mapper.ToDocument(review);

        Assert.Equal(new BsonDocument
        {
            { "_id", BsonBinaryData.FromGuid(id) },
            { "rating", 5 },
            { "body", "great" },
            { "by", "ann" },
            { "helpfulVotes", BsonNull.Value },
        }, document);

        var back = _mapper.FromDocument<Review>(new BsonDocument { { "_id", BsonBinaryData.FromGuid(id) }, { "rating", 4L }, { "body", "ok" }, { "by", "bo" }, { "helpfulVotes", 3 }, { "extra", true } });
        Assert.Equal((id, 4, "ok", "bo", 3L), (back.Id, back.Rating, back.Body, back.Author, back.HelpfulVotes!.Value));
    }

    [Fact]
    public void Self_referencing_types_map()
    {
        var tree = new Category("root", [new Category("leaf", [])]);
        var document = _mapper.ToDocument(tree);
        Assert.Equal(new BsonDocument { { "name", "root" }, { "children", new BsonArray { new BsonDocument { { "name", "leaf" }, { "children", new BsonArray() } } } } }, document);
        Assert.Equal("leaf", _mapper.FromDocument<Category>(document).Children[0].Name);
    }

    [Fact]
    public void Enum_reads_refuse_unknown_names()
    {
        var error = Assert.Throws<BsonSerializationException>(() => _mapper.FromDocument<Product>(new BsonDocument { { "_id", ProductId }, { "status", "Deleted" } }));
        Assert.Contains("status", error.Message);
    }

    [Fact]
    public void Null_into_non_nullable_value_is_refused()
    {
        Assert.Throws<BsonSerializationException>(() => _mapper.FromDocument<Review>(new BsonDocument("rating", BsonNull.Value)));
    }

    [Fact]
    public void Decimal_refuses_double_to_keep_money_exact()
    {
        Assert.Throws<BsonSerializationException>(() => _mapper.FromDocument<Money>(new BsonDocument { { "amount", 0.1 }, { "currency", "EUR" } }));
    }

    [Fact]
    public void Converters_are_cached_per_type()
    {
        Assert.Same(_mapper.GetConverter(typeof(Product)), _mapper.GetConverter(typeof(Product)));
    }
}
