using System.Text.Json;
using Commerce.GraphQL.Serialization;

namespace Commerce.GraphQL.AspNetCore.Tests.Serialization;

public sealed class InputValuesTests
{
    [Theory]
    [InlineData("0", 0)]
    [InlineData("-2147483648", int.MinValue)]
    [InlineData("2147483647", int.MaxValue)]
    public void Integral_numbers_that_fit_are_ints(string json, int expected)
    {
        var value = InputValues.Parse(json);
        Assert.IsType<int>(value);
        Assert.Equal(expected, value);
    }

    [Fact]
    public void Integral_numbers_beyond_int_are_longs_and_beyond_long_doubles()
    {
        Assert.Equal(2147483648L, Assert.IsType<long>(InputValues.Parse("2147483648")));
        Assert.Equal(9223372036854775807L, Assert.IsType<long>(InputValues.Parse("9223372036854775807")));
        Assert.Equal(9223372036854775808d, Assert.IsType<double>(InputValues.Parse("9223372036854775808")));
    }

    [Theory]
    [InlineData("1.0", 1.0)]
    [InlineData("1e3", 1000.0)]
    [InlineData("2E-2", 0.02)]
    [InlineData("-0.5", -0.5)]
    public void Numbers_with_a_fraction_or_exponent_are_doubles(string json, double expected)
    {
        Assert.Equal(expected, Assert.IsType<double>(InputValues.Parse(json)));
    }

    [Fact]
    public void Objects_and_arrays_become_read_only_maps_and_lists()
    {
        var value = InputValues.Parse("""{"a":[1,"two",null,true,{"b":false}],"c":{}}""");

        var map = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(value);
        var list = Assert.IsAssignableFrom<IReadOnlyList<object?>>(map["a"]);
        Assert.Equal([1, "two", null, true], list.Take(4));
        Assert.Equal(false, Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(list[4])["b"]);
        Assert.Empty(Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(map["c"]));
    }

    [Theory]
    [InlineData("""{"a":1,"a":2}""")]
    [InlineData("""{"x":{"a":1,"a":1}}""")]
    [InlineData("""[{"k":null,"k":null}]""")]
    public void A_key_repeated_in_one_object_is_rejected(string json)
    {
        var error = Assert.Throws<JsonException>(() => InputValues.Parse(json));
        Assert.Contains("more than once", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("""{"a":1} {}""")]
    [InlineData("[1,]")]
    [InlineData("1e400")]
    [InlineData("NaN")]
    [InlineData("\"\\ud800\"")]
    [InlineData("{\"\\udc00\":1}")]
    public void Malformed_json_is_a_JsonException(string json)
    {
        Assert.ThrowsAny<JsonException>(() => InputValues.Parse(json));
    }

    [Fact]
    public void Strings_keep_escaped_characters()
    {
        Assert.Equal("Run🏃\n\"", InputValues.Parse("\"Run\\ud83c\\udfc3\\n\\\"\""));
    }
}
