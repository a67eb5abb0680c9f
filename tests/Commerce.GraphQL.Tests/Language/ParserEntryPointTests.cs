using Commerce.GraphQL.Language;

namespace Commerce.GraphQL.Tests.Language;

public class ParserEntryPointTests
{
    [Fact]
    public void ParseValue_reads_one_value_with_variables()
    {
        var value = Assert.IsType<ObjectValueNode>(Parser.ParseValue("{a: [1, 2.5, \"s\", $v, RED, null, true]}"));

        var list = Assert.IsType<ListValueNode>(Assert.Single(value.Fields).Value);
        Assert.Equal(
            [SyntaxKind.IntValue, SyntaxKind.FloatValue, SyntaxKind.StringValue, SyntaxKind.Variable, SyntaxKind.EnumValue, SyntaxKind.NullValue, SyntaxKind.BooleanValue],
            list.Values.Select(v => v.Kind));
    }

    [Fact]
    public void ParseConstValue_refuses_variables()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseConstValue("[1, $v]"));
        Assert.Equal("Syntax Error: Unexpected variable \"$v\" in constant value.", error.Message);
    }

    [Fact]
    public void ParseValue_and_ParseType_refuse_trailing_tokens()
    {
        Assert.Equal("Syntax Error: Expected <EOF>, found Int \"2\".", Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseValue("1 2")).Message);
        Assert.Equal("Syntax Error: Expected <EOF>, found \"!\".", Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseType("Int!!")).Message);
    }

    [Fact]
    public void ParseType_reads_wrapped_types()
    {
        var type = Assert.IsType<NonNullTypeNode>(Parser.ParseType("[[String!]]!"));
        var outer = Assert.IsType<ListTypeNode>(type.Type);
        var inner = Assert.IsType<ListTypeNode>(outer.Type);
        Assert.IsType<NonNullTypeNode>(inner.Type);
        Assert.Equal("String", type.NamedType.Name.Value);
        Assert.Equal(new Location(0, 12, 1, 1), type.Location);
        Assert.Equal(new Location(1, 10, 1, 2), inner.Location);
    }

    [Fact]
    public void Keeps_int_and_float_text_exactly()
    {
        Assert.Equal("123456789012345678901234567890", Assert.IsType<IntValueNode>(Parser.ParseValue("123456789012345678901234567890")).Value);
        Assert.Equal("-1.50E+07", Assert.IsType<FloatValueNode>(Parser.ParseValue("-1.50E+07")).Value);
    }

    [Fact]
    public void String_nodes_carry_decoded_values_and_whether_they_were_block_strings()
    {
        var quoted = Assert.IsType<StringValueNode>(Parser.ParseValue("\"a\\u{1F600}\\n\""));
        var block = Assert.IsType<StringValueNode>(Parser.ParseValue("\"\"\"\n  a\n    b\n\"\"\""));

        Assert.Equal("a\U0001F600\n", quoted.Value);
        Assert.False(quoted.Block);
        Assert.Equal("a\n  b", block.Value);
        Assert.True(block.Block);
    }

    [Fact]
    public void The_document_spans_the_whole_source()
    {
        var document = Parser.Parse("  { a }  \n");
        Assert.Equal(new Location(0, 10, 1, 1), document.Location);
    }

    [Fact]
    public void Parses_a_slice_of_a_larger_buffer()
    {
        var buffer = "xx{ a(b: \"c\") }yy".ToCharArray();
        var document = Parser.Parse(buffer.AsSpan(2, 13));

        Assert.Equal("{\n  a(b: \"c\")\n}", Printer.Print(document));
        Assert.Equal(new Location(0, 13, 1, 1), document.Location);
    }

    [Fact]
    public void Refuses_limits_that_are_not_positive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ParserOptions { MaxTokens = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ParserOptions { MaxDepth = -1 });
        Assert.Equal((15_000, 256), (ParserOptions.Default.MaxTokens, ParserOptions.Default.MaxDepth));
    }
}
