using Commerce.GraphQL.Language;

namespace Commerce.GraphQL.Tests.Language;

public class ParserTypeSystemTests
{
    private static T Only<T>(string source) => Assert.IsType<T>(Assert.Single(Parser.Parse(source).Definitions));

    [Fact]
    public void Parses_a_schema_definition_with_description_directives_and_root_types()
    {
        var schema = Only<SchemaDefinitionNode>("\"root\" schema @a { query: Q mutation: M subscription: S }");

        Assert.Equal("root", schema.Description?.Value);
        Assert.Equal("a", Assert.Single(schema.Directives).Name.Value);
        Assert.Equal(
            [(OperationType.Query, "Q"), (OperationType.Mutation, "M"), (OperationType.Subscription, "S")],
            schema.OperationTypes.Select(o => (o.Operation, o.Type.Name.Value)));
    }

    [Fact]
    public void Parses_an_object_type_with_interfaces_fields_arguments_and_defaults()
    {
        var type = Only<ObjectTypeDefinitionNode>(
            "\"\"\"\n  A product.\n\"\"\"\ntype Product implements & Node & Priced @key(fields: \"id\") {\n  \"the id\" id: ID!\n  price(currency: Currency = EUR @x): Money\n}");

        Assert.Equal(SyntaxKind.ObjectTypeDefinition, type.Kind);
        Assert.False(type.IsExtension);
        Assert.Equal("A product.", type.Description?.Value);
        Assert.True(type.Description?.Block);
        Assert.Equal("Product", type.Name.Value);
        Assert.Equal(["Node", "Priced"], type.Interfaces.Select(i => i.Name.Value));
        Assert.Equal("key", Assert.Single(type.Directives).Name.Value);
        Assert.Equal(2, type.Fields.Count);
        Assert.Equal("the id", type.Fields[0].Description?.Value);
        Assert.False(type.Fields[0].Description?.Block);
        Assert.IsType<NonNullTypeNode>(type.Fields[0].Type);
        var argument = Assert.Single(type.Fields[1].Arguments);
        Assert.Equal("currency", argument.Name.Value);
        Assert.Equal("EUR", Assert.IsType<EnumValueNode>(argument.DefaultValue).Value);
        Assert.Equal("x", Assert.Single(argument.Directives).Name.Value);
    }

    [Fact]
    public void Parses_interfaces_implementing_interfaces()
    {
        var type = Only<InterfaceTypeDefinitionNode>("interface Image implements Resource & Node { id: ID! }");

        Assert.Equal(["Resource", "Node"], type.Interfaces.Select(i => i.Name.Value));
        Assert.Equal("id", Assert.Single(type.Fields).Name.Value);
    }

    [Fact]
    public void Parses_unions_with_and_without_a_leading_pipe()
    {
        var plain = Only<UnionTypeDefinitionNode>("union U = A | B");
        var leading = Only<UnionTypeDefinitionNode>("union U =\n  | A\n  | B");
        var bare = Only<UnionTypeDefinitionNode>("union U @d");

        Assert.Equal(["A", "B"], plain.Types.Select(t => t.Name.Value));
        Assert.Equal(["A", "B"], leading.Types.Select(t => t.Name.Value));
        Assert.Empty(bare.Types);
    }

    [Fact]
    public void Parses_enums_inputs_scalars_and_the_one_of_directive()
    {
        var document = Parser.Parse(
            "enum Color { \"red\" RED @deprecated GREEN }\ninput PetInput @oneOf { cat: CatInput dog: DogInput = {name: \"Rex\"} }\nscalar Url @specifiedBy(url: \"https://example.com\")");

        var color = Assert.IsType<EnumTypeDefinitionNode>(document.Definitions[0]);
        Assert.Equal(["RED", "GREEN"], color.Values.Select(v => v.Name.Value));
        Assert.Equal("red", color.Values[0].Description?.Value);
        var input = Assert.IsType<InputObjectTypeDefinitionNode>(document.Definitions[1]);
        Assert.Equal("oneOf", Assert.Single(input.Directives).Name.Value);
        Assert.Equal(["cat", "dog"], input.Fields.Select(f => f.Name.Value));
        Assert.IsType<ObjectValueNode>(input.Fields[1].DefaultValue);
        var scalar = Assert.IsType<ScalarTypeDefinitionNode>(document.Definitions[2]);
        Assert.Equal("specifiedBy", Assert.Single(scalar.Directives).Name.Value);
    }

    [Fact]
    public void Parses_directive_definitions_with_repeatable_and_a_leading_pipe()
    {
        var directive = Only<DirectiveDefinitionNode>("\"tags\" directive @tag(name: String!) repeatable on | OBJECT | FIELD_DEFINITION");

        Assert.Equal("tags", directive.Description?.Value);
        Assert.Equal("tag", directive.Name.Value);
        Assert.True(directive.Repeatable);
        Assert.Equal(["OBJECT", "FIELD_DEFINITION"], directive.Locations.Select(l => l.Value));
        Assert.False(Only<DirectiveDefinitionNode>("directive @d on FIELD").Repeatable);
    }

    [Fact]
    public void Parses_every_kind_of_extension()
    {
        var document = Parser.Parse(
            "extend schema @a { mutation: M }\nextend scalar S @a\nextend type T implements I { f: Int }\nextend interface I @a\nextend union U = A\nextend enum E { X }\nextend input In { f: Int }");

        Assert.Equal(
            [SyntaxKind.SchemaExtension, SyntaxKind.ScalarTypeExtension, SyntaxKind.ObjectTypeExtension, SyntaxKind.InterfaceTypeExtension,
             SyntaxKind.UnionTypeExtension, SyntaxKind.EnumTypeExtension, SyntaxKind.InputObjectTypeExtension],
            document.Definitions.Select(d => d.Kind));
        Assert.All(document.Definitions.OfType<TypeDefinitionNode>(), d => Assert.True(d.IsExtension));
        var schema = Assert.IsType<SchemaExtensionNode>(document.Definitions[0]);
        Assert.Equal(OperationType.Mutation, Assert.Single(schema.OperationTypes).Operation);
        var type = Assert.IsType<ObjectTypeDefinitionNode>(document.Definitions[2]);
        Assert.Equal("I", Assert.Single(type.Interfaces).Name.Value);
    }

    [Fact]
    public void Types_without_fields_are_allowed_but_empty_braces_are_not()
    {
        Assert.Empty(Only<ObjectTypeDefinitionNode>("type T").Fields);
        Assert.Empty(Only<EnumTypeDefinitionNode>("enum E").Values);
        Assert.Empty(Only<InputObjectTypeDefinitionNode>("input I").Fields);
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("type T {}"));
        Assert.Equal("Syntax Error: Expected Name, found \"}\".", error.Message);
    }

    [Fact]
    public void Locates_type_system_nodes_at_their_description()
    {
        var type = Only<ObjectTypeDefinitionNode>("\n  \"d\" type T {\n    f: Int\n  }");

        Assert.Equal(new Location(3, 30, 2, 3), type.Location);
        Assert.Equal(new Location(3, 6, 2, 3), type.Description!.Location);
        Assert.Equal(new Location(20, 26, 3, 5), type.Fields[0].Location);
    }
}
