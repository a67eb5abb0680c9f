using Commerce.GraphQL.Language;

namespace Commerce.GraphQL.Tests.Language;

public class ParserExecutableTests
{
    [Fact]
    public void Parses_the_query_shorthand_with_aliases_arguments_and_nested_selections()
    {
        var document = Parser.Parse("{ me: user(id: 4) { id, name } }");

        var operation = Assert.IsType<OperationDefinitionNode>(Assert.Single(document.Definitions));
        Assert.Equal(OperationType.Query, operation.Operation);
        Assert.Null(operation.Name);
        var field = Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections));
        Assert.Equal("me", field.Alias?.Value);
        Assert.Equal("user", field.Name.Value);
        Assert.Equal("me", field.ResponseKey);
        var argument = Assert.Single(field.Arguments);
        Assert.Equal("id", argument.Name.Value);
        Assert.Equal("4", Assert.IsType<IntValueNode>(argument.Value).Value);
        Assert.Equal(["id", "name"], field.SelectionSet!.Selections.Cast<FieldNode>().Select(f => f.Name.Value));
    }

    [Fact]
    public void Parses_named_operations_with_variables_defaults_and_directives()
    {
        var document = Parser.Parse("mutation Like($id: ID!, $n: [Int!] = [1, 2] @deprecated) @live { like(id: $id, n: $n) }");

        var operation = Assert.IsType<OperationDefinitionNode>(Assert.Single(document.Definitions));
        Assert.Equal(OperationType.Mutation, operation.Operation);
        Assert.Equal("Like", operation.Name?.Value);
        Assert.Equal(2, operation.VariableDefinitions.Count);
        var first = operation.VariableDefinitions[0];
        Assert.Equal("id", first.Variable.Name.Value);
        var nonNull = Assert.IsType<NonNullTypeNode>(first.Type);
        Assert.Equal("ID", Assert.IsType<NamedTypeNode>(nonNull.Type).Name.Value);
        var second = operation.VariableDefinitions[1];
        Assert.IsType<ListTypeNode>(second.Type);
        Assert.Equal(2, Assert.IsType<ListValueNode>(second.DefaultValue).Values.Count);
        Assert.Equal("deprecated", Assert.Single(second.Directives).Name.Value);
        Assert.Equal("live", Assert.Single(operation.Directives).Name.Value);
    }

    [Fact]
    public void Parses_fragments_spreads_and_inline_fragments()
    {
        var document = Parser.Parse("query { ...F ... on User @include(if: $x) { id } ... { name } } fragment F on Query { a }");

        var operation = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]);
        var spread = Assert.IsType<FragmentSpreadNode>(operation.SelectionSet.Selections[0]);
        Assert.Equal("F", spread.Name.Value);
        var inline = Assert.IsType<InlineFragmentNode>(operation.SelectionSet.Selections[1]);
        Assert.Equal("User", inline.TypeCondition?.Name.Value);
        Assert.Equal("include", Assert.Single(inline.Directives).Name.Value);
        var bare = Assert.IsType<InlineFragmentNode>(operation.SelectionSet.Selections[2]);
        Assert.Null(bare.TypeCondition);
        var fragment = Assert.IsType<FragmentDefinitionNode>(document.Definitions[1]);
        Assert.Equal("F", fragment.Name.Value);
        Assert.Equal("Query", fragment.TypeCondition.Name.Value);
    }

    [Fact]
    public void Every_node_records_its_offsets_line_and_column()
    {
        var document = Parser.Parse("query Q {\n  a(x: 1)\n}");

        var operation = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]);
        Assert.Equal(new Location(0, 21, 1, 1), operation.Location);
        Assert.Equal(new Location(6, 7, 1, 7), operation.Name!.Location);
        var field = Assert.IsType<FieldNode>(operation.SelectionSet.Selections[0]);
        Assert.Equal(new Location(12, 19, 2, 3), field.Location);
        Assert.Equal(new Location(17, 18, 2, 8), field.Arguments[0].Value.Location);
    }
}
