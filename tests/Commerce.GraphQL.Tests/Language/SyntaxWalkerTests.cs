using Commerce.GraphQL.Language;

namespace Commerce.GraphQL.Tests.Language;

public class SyntaxWalkerTests
{
    private sealed class Recorder : SyntaxWalker
    {
        public List<string> Events { get; } = [];

        public Func<SyntaxNode, bool> Descend { get; init; } = _ => true;

        protected override bool Enter(SyntaxNode node)
        {
            Events.Add($"enter {node.Kind} depth {Ancestors.Count}");
            return Descend(node);
        }

        protected override void Leave(SyntaxNode node) => Events.Add($"leave {node.Kind}");
    }

    [Fact]
    public void Enters_and_leaves_every_node_in_source_order()
    {
        var recorder = new Recorder();
        recorder.Visit(Parser.Parse("{ a(x: 1) }"));

        Assert.Equal(
            [
                "enter Document depth 0", "enter OperationDefinition depth 1", "enter SelectionSet depth 2", "enter Field depth 3",
                "enter Name depth 4", "leave Name", "enter Argument depth 4", "enter Name depth 5", "leave Name",
                "enter IntValue depth 5", "leave IntValue", "leave Argument", "leave Field", "leave SelectionSet",
                "leave OperationDefinition", "leave Document",
            ],
            recorder.Events);
    }

    [Fact]
    public void Skips_the_children_of_a_node_it_declines_to_enter()
    {
        var recorder = new Recorder { Descend = node => node is not FieldNode };
        recorder.Visit(Parser.Parse("{ a { b } c }"));

        Assert.Equal(2, recorder.Events.Count(e => e.StartsWith("enter Field", StringComparison.Ordinal)));
        Assert.DoesNotContain(recorder.Events, e => e.StartsWith("enter Name", StringComparison.Ordinal));
        Assert.DoesNotContain("leave Field", recorder.Events);
    }

    [Fact]
    public void Reaches_every_name_of_a_type_system_document()
    {
        var names = new List<string>();
        new NameCollector(names).Visit(Parser.Parse(
            "\"d\" schema @s { query: Q } type Q implements I @o { f(a: In = {x: 1} @ad): [E!] } union U @u = Q\nenum E { V @ev } input In { x: Int } directive @s(a: Int) on SCHEMA\nextend scalar S @x"));

        Assert.Equal(
            ["s", "Q", "Q", "I", "o", "f", "a", "In", "x", "ad", "E", "U", "u", "Q", "E", "V", "ev", "In", "x", "Int", "s", "a", "Int", "SCHEMA", "S", "x"],
            names);
    }

    private sealed class NameCollector(List<string> names) : SyntaxWalker
    {
        protected override bool Enter(SyntaxNode node)
        {
            if (node is NameNode name)
            {
                names.Add(name.Value);
            }

            return true;
        }
    }
}
