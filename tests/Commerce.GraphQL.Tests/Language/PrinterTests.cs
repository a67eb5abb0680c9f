using Commerce.GraphQL.Language;

namespace Commerce.GraphQL.Tests.Language;

public class PrinterTests
{
    private static string Reprint(string source) => Printer.Print(Parser.Parse(source));

    [Fact]
    public void Prints_the_query_shorthand_when_nothing_names_or_decorates_the_operation()
    {
        Assert.Equal("{\n  a\n}", Reprint("query { a }"));
        Assert.Equal("query Q {\n  a\n}", Reprint("query Q { a }"));
        Assert.Equal("query ($v: Int) {\n  a\n}", Reprint("query($v:Int){a}"));
        Assert.Equal("query @d {\n  a\n}", Reprint("query @d { a }"));
        Assert.Equal("mutation {\n  a\n}", Reprint("mutation { a }"));
    }

    [Fact]
    public void Indents_nested_selections_by_two_spaces()
    {
        Assert.Equal(
            "{\n  a {\n    b(x: 1) @d {\n      ... on T {\n        c\n      }\n      ...F\n    }\n  }\n}\n\nfragment F on T @e {\n  c\n}",
            Reprint("{a{b(x:1)@d{...on T{c}...F}}} fragment F on T @e {c}"));
    }

    [Fact]
    public void Breaks_field_arguments_over_lines_only_past_eighty_characters()
    {
        var fits = "{ f(a: \"" + new string('x', 72) + "\") }";
        var overflows = "{ f(a: \"" + new string('x', 73) + "\") }";

        Assert.Equal("{\n  f(a: \"" + new string('x', 72) + "\")\n}", Reprint(fits));
        Assert.Equal("{\n  f(\n    a: \"" + new string('x', 73) + "\"\n  )\n}", Reprint(overflows));
    }

    [Fact]
    public void Prints_values_canonically()
    {
        Assert.Equal(
            "{\n  f(a: [1, -2.5e3, \"s\\n\\\"\", null, true, RED, $v, {x: {}, y: []}])\n}",
            Reprint("{ f(a: [1 -2.5e3 \"s\\n\\\"\" null true RED $v {x: {} y: []}]) }"));
    }

    [Fact]
    public void Escapes_control_characters_in_quoted_strings_as_graphql_js_does()
    {
        Assert.Equal("\"\\u0000\\u001F\\b\\t\\n\\f\\r\\u007F\\u009F\u00a0\\\\/\"", QuotedString.Print("\0\u001f\b\t\n\f\r\u007f\u009f\u00a0\\/"));
    }

    [Fact]
    public void Prints_type_system_definitions_with_descriptions_on_their_own_lines()
    {
        Assert.Equal(
            "\"\"\"A type\"\"\"\ntype T implements A & B @d {\n  \"field\"\n  f(a: Int = 1): [T!]!\n}",
            Reprint("\"\"\"A type\"\"\" type T implements & A & B @d { \"field\" f(a: Int = 1): [T!]! }"));
        Assert.Equal("union U = A | B", Reprint("union U = | A | B"));
        Assert.Equal("directive @d(a: Int) repeatable on FIELD | QUERY", Reprint("directive @d(a: Int) repeatable on | FIELD | QUERY"));
        Assert.Equal("extend schema @a {\n  query: Q\n}", Reprint("extend schema @a { query: Q }"));
        Assert.Equal("extend type T @d", Reprint("extend type T @d"));
    }

    [Fact]
    public void Puts_argument_definitions_one_a_line_when_one_has_a_description()
    {
        Assert.Equal(
            "type T {\n  f(\n    \"the a\"\n    a: Int\n    b: Int\n  ): Int\n}",
            Reprint("type T { f(\"the a\" a: Int, b: Int): Int }"));
    }

    [Fact]
    public void Indents_block_strings_with_their_surroundings()
    {
        Assert.Equal(
            "type T {\n  \"\"\"\n  one\n    two\n  \"\"\"\n  f: Int\n}",
            Reprint("type T { \"\"\"\n  one\n    two\n\"\"\" f: Int }"));
    }

    [Fact]
    public void Prints_any_node_alone()
    {
        var document = Parser.Parse("query Q($a: [Int!] = [1]) { f(x: {y: $a}) }");
        var operation = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]);
        var field = Assert.IsType<FieldNode>(operation.SelectionSet.Selections[0]);

        Assert.Equal("$a: [Int!] = [1]", Printer.Print(operation.VariableDefinitions[0]));
        Assert.Equal("x: {y: $a}", Printer.Print(field.Arguments[0]));
        Assert.Equal("[Int!]", Printer.Print(operation.VariableDefinitions[0].Type));
    }

    [Fact]
    public void Printing_is_a_fixed_point_over_the_corpus()
    {
        Assert.True(Corpus.Valid.Count >= 150);
        foreach (var (name, source) in Corpus.Valid)
        {
            var printed = Printer.Print(Parser.Parse(source));
            var reprinted = Printer.Print(Parser.Parse(printed));
            Assert.True(printed == reprinted, $"{name}:\n{printed}\n--- reprinted:\n{reprinted}");
        }
    }

    [Fact]
    public void Reparsing_the_printed_corpus_gives_the_same_values()
    {
        foreach (var (name, source) in Corpus.Valid)
        {
            var original = new StringValues();
            original.Visit(Parser.Parse(source));
            var reparsed = new StringValues();
            reparsed.Visit(Parser.Parse(Printer.Print(Parser.Parse(source))));
            Assert.True(original.Values.SequenceEqual(reparsed.Values), name);
        }
    }

    /// <summary>Collects every leaf value (names, numbers, strings) in document order.</summary>
    private sealed class StringValues : SyntaxWalker
    {
        public List<string> Values { get; } = [];

        protected override bool Enter(SyntaxNode node)
        {
            switch (node)
            {
                case NameNode name: Values.Add(name.Value); break;
                case StringValueNode text: Values.Add(text.Value); break;
                case IntValueNode integer: Values.Add(integer.Value); break;
                case FloatValueNode number: Values.Add(number.Value); break;
            }

            return true;
        }
    }
}
