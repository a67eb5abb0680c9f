using static Commerce.GraphQL.Tests.Support.SdlSchemas;
using Commerce.GraphQL.Coercion;
using Commerce.GraphQL.Language;
using Commerce.GraphQL.Tests.Validation;
using Commerce.GraphQL.Types;

namespace Commerce.GraphQL.Tests.Execution.Coercion;

/// <summary>ValueFromAst (literals with variables to runtime values), CoerceArgumentValues and AstFromValue.</summary>
public sealed class LiteralCoercionTests
{
    private static readonly Schema Schema = BuildFromSdl("""
        type Query { f(req: Int!, opt: String = "d", list: [Int!]): Int flag: Boolean }
        input In { a: Int! b: String = "bee" c: [Int] }
        input One @oneOf { x: Int y: String }
        """);

    private static GraphQLType Type(string source) => TypeFromAst.Get(Schema, Parser.ParseType(source))!;

    private static (bool Ok, object? Value) FromAst(string literal, string type, Dictionary<string, object?>? variables = null) =>
        ValueFromAst.TryGetValue(Parser.ParseValue(literal), Type(type), variables, out var value) ? (true, value) : (false, null);

    [Fact]
    public void Lists_accept_a_single_item_and_missing_variables_become_null()
    {
        Assert.Equal([3], (IEnumerable<object?>)FromAst("3", "[Int]").Value!);
        Assert.Equal([1, null, 2], (IEnumerable<object?>)FromAst("[1, $missing, $two]", "[Int]", new() { ["two"] = 2 }).Value!);
        Assert.False(FromAst("[1, $missing]", "[Int!]").Ok);
        Assert.False(FromAst("[1, \"x\"]", "[Int]").Ok);
    }

    [Fact]
    public void Input_objects_get_defaults_and_reject_missing_required_fields()
    {
        var (ok, value) = FromAst("{a: 1, c: 5}", "In");
        Assert.True(ok);
        Assert.Equal(["a", "b", "c"], ((IReadOnlyDictionary<string, object?>)value!).Keys);
        Assert.Equal("bee", ((IReadOnlyDictionary<string, object?>)value!)["b"]);
        Assert.False(FromAst("{b: \"x\"}", "In").Ok);
        Assert.False(FromAst("{a: $missing}", "In").Ok);
        Assert.True(FromAst("{x: 1}", "One").Ok);
        Assert.False(FromAst("{x: 1, y: \"y\"}", "One").Ok);
        Assert.False(FromAst("{x: null}", "One").Ok);
    }

    [Fact]
    public void Null_literal_and_null_variable_in_non_null_position_have_no_value()
    {
        Assert.False(FromAst("null", "Int!").Ok);
        Assert.False(FromAst("$v", "Int!", new() { ["v"] = null }).Ok);
        Assert.Equal((true, (object?)null), FromAst("null", "Int"));
    }

    [Fact]
    public void Argument_coercion_uses_graphql_js_messages()
    {
        var field = Schema.QueryType!.Fields["f"];
        FieldNode Field(string selection) => (FieldNode)((OperationDefinitionNode)Parser.Parse("{ " + selection + " }").Definitions[0]).SelectionSet.Selections[0];

        var missing = Assert.Throws<GraphQLException>(() => ArgumentCoercion.CoerceArgumentValues(field.Arguments, Field("f").Arguments, null, Field("f")));
        Assert.Equal("Argument \"req\" of required type \"Int!\" was not provided.", missing.Message);

        var unset = Field("f(req: $r)");
        var noValue = Assert.Throws<GraphQLException>(() => ArgumentCoercion.CoerceArgumentValues(field.Arguments, unset.Arguments, new Dictionary<string, object?>(), unset));
        Assert.Equal("Argument \"req\" of required type \"Int!\" was provided the variable \"$r\" which was not provided a runtime value.", noValue.Message);

        var nullValue = Assert.Throws<GraphQLException>(() =>
            ArgumentCoercion.CoerceArgumentValues(field.Arguments, unset.Arguments, new Dictionary<string, object?> { ["r"] = null }, unset));
        Assert.Equal("Argument \"req\" of non-null type \"Int!\" must not be null.", nullValue.Message);

        var given = Field("f(req: 1, list: 2)");
        var values = ArgumentCoercion.CoerceArgumentValues(field.Arguments, given.Arguments, null, given);
        Assert.Equal(1, values["req"]);
        Assert.Equal("d", values["opt"]);
        Assert.Equal([2], (IEnumerable<object?>)values["list"]!);
    }

    [Fact]
    public void Runtime_values_print_back_as_literals()
    {
        var value = new Dictionary<string, object?> { ["c"] = new List<object?> { 1, null }, ["a"] = 7, ["zz"] = 1 };
        Assert.Equal("{a: 7, c: [1, null]}", Printer.Print(AstFromValue.Get(value, Type("In"))!));
        Assert.Equal("[1, 2]", Printer.Print(AstFromValue.Get(new[] { 1, 2 }, Type("[Int]"))!));
        Assert.Equal("\"x\"", Printer.Print(AstFromValue.Get("x", Type("[String]"))!));
        Assert.Equal("null", Printer.Print(AstFromValue.Get(null, Type("Int"))!));
        Assert.Null(AstFromValue.Get(null, Type("Int!")));
    }
}
