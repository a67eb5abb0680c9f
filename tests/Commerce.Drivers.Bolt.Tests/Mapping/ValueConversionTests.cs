namespace Commerce.Drivers.Bolt.Tests.Mapping;

public class ValueConversionTests
{
    public sealed record Product(string Id, string Name, decimal Price, int Stock, IReadOnlyList<string> Tags);

    public sealed class Customer
    {
        public long Id { get; set; }
        public string? Email { get; set; }
        public double? Score { get; set; }
    }

    public enum Tier { Bronze, Gold }

    [Fact]
    public void Integers_convert_to_narrower_types_with_overflow_checks()
    {
        Assert.Equal(42, 42L.As<int>());
        Assert.Equal((short)-5, (-5L).As<short>());
        Assert.Equal(42.0, 42L.As<double>());
        Assert.Throws<InvalidCastException>(() => 3_000_000_000L.As<int>());
    }

    [Fact]
    public void Null_converts_to_nullable_and_reference_types_only()
    {
        Assert.Null(((object?)null).As<int?>());
        Assert.Null(((object?)null).As<string>());
        Assert.Throws<InvalidCastException>(() => ((object?)null).As<int>());
    }

    [Fact]
    public void Strings_convert_to_enums_guids_and_decimals()
    {
        Assert.Equal(Tier.Gold, "Gold".As<Tier>());
        Assert.Equal(Tier.Gold, 1L.As<Tier>());
        Assert.Equal(new Guid("0f8fad5b-d9cb-469f-a165-70867728950e"), "0f8fad5b-d9cb-469f-a165-70867728950e".As<Guid>());
        Assert.Equal(19.99m, "19.99".As<decimal>());
    }

    [Fact]
    public void Lists_convert_to_arrays_and_typed_lists()
    {
        var list = new List<object?> { 1L, 2L, 3L };
        Assert.Equal([1, 2, 3], list.As<int[]>());
        Assert.Equal([1L, 2L, 3L], list.As<List<long>>());
        Assert.Equal([1.0, 2.0, 3.0], list.As<IReadOnlyList<double>>());
    }

    [Fact]
    public void Maps_convert_to_typed_dictionaries_and_to_records()
    {
        var map = new Dictionary<string, object?>
        {
            ["id"] = "p-1", ["name"] = "Lamp", ["price"] = "19.99", ["stock"] = 7L, ["tags"] = new List<object?> { "home", "light" },
        };
        var product = map.As<Product>();
        Assert.Equal(new Product("p-1", "Lamp", 19.99m, 7, product.Tags), product);
        Assert.Equal(["home", "light"], product.Tags);
        Assert.Equal(7L, map.As<Dictionary<string, object>>()["stock"]);
    }

    [Fact]
    public void Records_map_to_classes_by_column_name()
    {
        IRecord record = new Record(["id", "email", "score"], [12L, "a@example.com", null]);
        var customer = record.As<Customer>();
        Assert.Equal(12L, customer.Id);
        Assert.Equal("a@example.com", customer.Email);
        Assert.Null(customer.Score);
        Assert.Equal(12, record.Get<int>("id"));
        Assert.Throws<KeyNotFoundException>(() => record["missing"]);
    }

    [Fact]
    public void A_single_column_record_maps_its_value()
    {
        IRecord count = new Record(["count"], [5L]);
        Assert.Equal(5, count.As<int>());

        var node = new Commerce.Drivers.Bolt.Graph.Node(1, "1", ["Customer"], new Dictionary<string, object?> { ["id"] = 9L, ["email"] = "n@example.com" });
        IRecord row = new Record(["c"], [node]);
        var customer = row.As<Customer>();
        Assert.Equal(9L, customer.Id);
        Assert.Equal("n@example.com", customer.Email);
        Assert.Same(node, row.As<INode>());
    }

    [Fact]
    public void An_impossible_conversion_names_both_types()
    {
        var error = Assert.Throws<InvalidCastException>(() => "text".As<int>());
        Assert.Contains("String", error.Message);
        Assert.Contains("Int32", error.Message);
    }
}
