namespace Commerce.GraphQL.Language;

internal ref partial struct DocumentParser
{
    /// <summary>TypeSystemExtension : SchemaExtension | TypeExtension (spec 3.1); the kind is the token after <c>extend</c>.</summary>
    private TypeSystemDefinitionNode ParseTypeSystemExtension()
    {
        var keyword = Lookahead();
        if (keyword.Kind == TokenKind.Name)
        {
            switch (_lexer.Source[keyword.Start..keyword.End])
            {
                case "schema": return ParseSchemaExtension();
                case "scalar": return ParseScalarTypeExtension();
                case "type": return ParseObjectOrInterfaceExtension("type");
                case "interface": return ParseObjectOrInterfaceExtension("interface");
                case "union": return ParseUnionTypeExtension();
                case "enum": return ParseEnumTypeExtension();
                case "input": return ParseInputObjectTypeExtension();
            }
        }

        throw Unexpected(keyword);
    }

    /// <summary>SchemaExtension : extend schema Directives[Const]? { RootOperationTypeDefinition+ } | extend schema Directives[Const].</summary>
    private SchemaExtensionNode ParseSchemaExtension()
    {
        var start = _token;
        ExpectKeyword("extend");
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        IReadOnlyList<OperationTypeDefinitionNode> operationTypes = ExpectOptionalToken(TokenKind.BraceL) ? ParseOperationTypeDefinitions() : [];
        if (directives.Count == 0 && operationTypes.Count == 0)
        {
            throw Unexpected();
        }

        return new SchemaExtensionNode(directives, operationTypes) { Location = LocationFrom(start) };
    }

    /// <summary>ScalarTypeExtension : extend scalar Name Directives[Const].</summary>
    private ScalarTypeDefinitionNode ParseScalarTypeExtension()
    {
        var start = _token;
        ExpectKeyword("extend");
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        if (directives.Count == 0)
        {
            throw Unexpected();
        }

        return new ScalarTypeDefinitionNode(null, name, directives, Extension: true) { Location = LocationFrom(start) };
    }

    /// <summary>ObjectTypeExtension and InterfaceTypeExtension: extend type|interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?, not all empty.</summary>
    private TypeDefinitionNode ParseObjectOrInterfaceExtension(string keyword)
    {
        var start = _token;
        ExpectKeyword("extend");
        ExpectKeyword(keyword);
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected();
        }

        return keyword == "type"
            ? new ObjectTypeDefinitionNode(null, name, interfaces, directives, fields, Extension: true) { Location = LocationFrom(start) }
            : new InterfaceTypeDefinitionNode(null, name, interfaces, directives, fields, Extension: true) { Location = LocationFrom(start) };
    }

    /// <summary>UnionTypeExtension : extend union Name Directives[Const]? UnionMemberTypes?, not both empty.</summary>
    private UnionTypeDefinitionNode ParseUnionTypeExtension()
    {
        var start = _token;
        ExpectKeyword("extend");
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        if (directives.Count == 0 && types.Count == 0)
        {
            throw Unexpected();
        }

        return new UnionTypeDefinitionNode(null, name, directives, types, Extension: true) { Location = LocationFrom(start) };
    }

    /// <summary>EnumTypeExtension : extend enum Name Directives[Const]? EnumValuesDefinition?, not both empty.</summary>
    private EnumTypeDefinitionNode ParseEnumTypeExtension()
    {
        var start = _token;
        ExpectKeyword("extend");
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        if (directives.Count == 0 && values.Count == 0)
        {
            throw Unexpected();
        }

        return new EnumTypeDefinitionNode(null, name, directives, values, Extension: true) { Location = LocationFrom(start) };
    }

    /// <summary>InputObjectTypeExtension : extend input Name Directives[Const]? InputFieldsDefinition?, not both empty.</summary>
    private InputObjectTypeDefinitionNode ParseInputObjectTypeExtension()
    {
        var start = _token;
        ExpectKeyword("extend");
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputFieldsDefinition();
        if (directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected();
        }

        return new InputObjectTypeDefinitionNode(null, name, directives, fields, Extension: true) { Location = LocationFrom(start) };
    }
}
