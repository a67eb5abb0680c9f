using static Commerce.GraphQL.Tests.Support.SdlSchemas;
using Commerce.GraphQL.Coercion;
using Commerce.GraphQL.Language;
using Commerce.GraphQL.Tests.Validation;

namespace Commerce.GraphQL.Tests.Execution.Coercion;

/// <summary>CoerceVariableValues (spec 6.1.2) with the messages graphql-js 16 gives for the same inputs.</summary>
public sealed class VariableCoercionTests
{
    private static readonly Types.Schema Schema = BuildFromSdl("""
        type Query { f(a: Int, in: In, one: One, e: Color, l: [[Int]]): Int flag: Boolean }
        input In { a: Int! b: String = "bee" c: [In!] }
        input One @oneOf { x: Int y: String }
        enum Color { RED GREEN }
        """);

    private static (IReadOnlyDictionary<string, object?>? Values, IReadOnlyList<string> Errors) Coerce(string variables, Dictionary<string, object?> inputs)
    {
        var operation = (OperationDefinitionNode)Parser.Parse($"query ({variables}) {{ f }}").Definitions[0];
        var values = VariableCoercion.CoerceVariableValues(Schema, operation, inputs, out var errors);
        return (values, errors.Select(e => e.Message).ToList());
    }

    [Theory]
    [InlineData("$x: Int!", "Variable \"$x\" of required type \"Int!\" was not provided.")]
    [InlineData("$x: [Int!]!", "Variable \"$x\" of required type \"[Int!]!\" was not provided.")]
    public void Missing_required_variable(string definition, string message)
    {
        var (values, errors) = Coerce(definition, []);
        Assert.Null(values);
        Assert.Equal([message], errors);
    }

    [Fact]
    public void Null_for_non_null_variable()
    {
        Assert.Equal(["Variable \"$x\" of non-null type \"Int!\" must not be null."], Coerce("$x: Int!", new() { ["x"] = null }).Errors);
    }

    [Theory]
    [InlineData("$x: Int", "abc", "Variable \"$x\" got invalid value \"abc\"; Int cannot represent non-integer value: \"abc\"")]
    [InlineData("$x: Int", 2147483648L, "Variable \"$x\" got invalid value 2147483648; Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData("$x: Boolean", 1, "Variable \"$x\" got invalid value 1; Boolean cannot represent a non boolean value: 1")]
    [InlineData("$x: Color", "BLUE", "Variable \"$x\" got invalid value \"BLUE\"; Value \"BLUE\" does not exist in \"Color\" enum.")]
    [InlineData("$x: Color", "REDD", "Variable \"$x\" got invalid value \"REDD\"; Value \"REDD\" does not exist in \"Color\" enum. Did you mean the enum value \"RED\"?")]
    [InlineData("$x: In", 3, "Variable \"$x\" got invalid value 3; Expected type \"In\" to be an object.")]
    public void Invalid_scalar_enum_and_object_values(string definition, object value, string message)
    {
        Assert.Equal([message], Coerce(definition, new() { ["x"] = value }).Errors);
    }

    [Fact]
    public void Errors_inside_input_objects_and_lists_name_their_path()
    {
        var input = new Dictionary<string, object?>
        {
            ["a"] = 1,
            ["c"] = new List<object?> { new Dictionary<string, object?> { ["a"] = "x" }, null, new Dictionary<string, object?>() },
            ["d"] = true,
        };

        var (values, errors) = Coerce("$in: In", new() { ["in"] = input });

        Assert.Null(values);
        Assert.Equal(
            [
                "Variable \"$in\" got invalid value \"x\" at \"in.c[0].a\"; Int cannot represent non-integer value: \"x\"",
                "Variable \"$in\" got invalid value null at \"in.c[1]\"; Expected non-nullable type \"In!\" not to be null.",
                "Variable \"$in\" got invalid value {} at \"in.c[2]\"; Field \"a\" of required type \"Int!\" was not provided.",
                "Variable \"$in\" got invalid value { a: 1, c: [[Object], null, {}], d: true }; Field \"d\" is not defined by type \"In\". Did you mean \"a\", \"b\", or \"c\"?",
            ],
            errors);
    }

    [Fact]
    public void One_of_input_needs_exactly_one_non_null_field()
    {
        Assert.Equal(
            ["Variable \"$o\" got invalid value { x: 1, y: \"y\" }; Exactly one key must be specified for OneOf type \"One\"."],
            Coerce("$o: One", new() { ["o"] = new Dictionary<string, object?> { ["x"] = 1, ["y"] = "y" } }).Errors);
        Assert.Equal(
            ["Variable \"$o\" got invalid value null at \"o.x\"; Field \"x\" must be non-null."],
            Coerce("$o: One", new() { ["o"] = new Dictionary<string, object?> { ["x"] = null } }).Errors);
        var (values, errors) = Coerce("$o: One", new() { ["o"] = new Dictionary<string, object?> { ["y"] = "why" } });
        Assert.Empty(errors);
        Assert.Equal(new Dictionary<string, object?> { ["y"] = "why" }, (IReadOnlyDictionary<string, object?>)values!["o"]!);
    }

    [Fact]
    public void Defaults_apply_and_absent_variables_stay_absent()
    {
        var (values, errors) = Coerce("$a: Int = 5, $b: Int, $in: In = {a: 1}, $l: [[Int]]", new() { ["l"] = 7 });

        Assert.Empty(errors);
        Assert.Equal(5, values!["a"]);
        Assert.False(values.ContainsKey("b"));
        Assert.Equal(new Dictionary<string, object?> { ["a"] = 1, ["b"] = "bee" }, (IReadOnlyDictionary<string, object?>)values["in"]!);
        var outer = Assert.IsAssignableFrom<IReadOnlyList<object?>>(values["l"]);
        Assert.Equal([7], Assert.IsAssignableFrom<IReadOnlyList<object?>>(Assert.Single(outer)));
    }
}
