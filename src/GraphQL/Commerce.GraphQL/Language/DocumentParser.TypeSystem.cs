namespace Commerce.GraphQL.Language;

internal ref partial struct DocumentParser
{
    private readonly bool PeekDescription() => Peek(TokenKind.String) || Peek(TokenKind.BlockString);

    /// <summary>Description : StringValue (spec 3.2).</summary>
    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;

    /// <summary>SchemaDefinition : Description? schema Directives[Const]? { RootOperationTypeDefinition+ } (spec 3.3).</summary>
    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        ExpectToken(TokenKind.BraceL);
        var operationTypes = ParseOperationTypeDefinitions();
        return new SchemaDefinitionNode(description, directives, operationTypes) { Location = LocationFrom(start) };
    }

    /// <summary>The RootOperationTypeDefinition+ after an opening brace, up to and including the closing one.</summary>
    private OperationTypeDefinitionNode[] ParseOperationTypeDefinitions()
    {
        var operationTypes = new NodeListBuilder<OperationTypeDefinitionNode>();
        do
        {
            var start = _token;
            var operation = ParseOperationType();
            ExpectToken(TokenKind.Colon);
            var type = ParseNamedType();
            operationTypes.Add(new OperationTypeDefinitionNode(operation, type) { Location = LocationFrom(start) });
        }
        while (!ExpectOptionalToken(TokenKind.BraceR));

        return operationTypes.ToArray();
    }

    /// <summary>ScalarTypeDefinition : Description? scalar Name Directives[Const]? (spec 3.5).</summary>
    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new ScalarTypeDefinitionNode(description, name, directives) { Location = LocationFrom(start) };
    }

    /// <summary>ObjectTypeDefinition : Description? type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition? (spec 3.6).</summary>
    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new ObjectTypeDefinitionNode(description, name, interfaces, directives, fields) { Location = LocationFrom(start) };
    }

    /// <summary>ImplementsInterfaces : implements &amp;? NamedType (&amp; NamedType)*.</summary>
    private IReadOnlyList<NamedTypeNode> ParseImplementsInterfaces() =>
        ExpectOptionalKeyword("implements") ? ParseNamedTypes(TokenKind.Amp) : [];

    /// <summary>A list of named types separated (and optionally led) by <paramref name="delimiter"/>.</summary>
    private NamedTypeNode[] ParseNamedTypes(TokenKind delimiter)
    {
        ExpectOptionalToken(delimiter);
        var types = new NodeListBuilder<NamedTypeNode>();
        do
        {
            types.Add(ParseNamedType());
        }
        while (ExpectOptionalToken(delimiter));

        return types.ToArray();
    }

    /// <summary>FieldsDefinition : { FieldDefinition+ }.</summary>
    private IReadOnlyList<FieldDefinitionNode> ParseFieldsDefinition()
    {
        if (!ExpectOptionalToken(TokenKind.BraceL))
        {
            return [];
        }

        var fields = new NodeListBuilder<FieldDefinitionNode>();
        do
        {
            fields.Add(ParseFieldDefinition());
        }
        while (!ExpectOptionalToken(TokenKind.BraceR));

        return fields.ToArray();
    }

    /// <summary>FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]?</summary>
    private FieldDefinitionNode ParseFieldDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var directives = ParseDirectives(isConst: true);
        return new FieldDefinitionNode(description, name, arguments, type, directives) { Location = LocationFrom(start) };
    }

    /// <summary>ArgumentsDefinition : ( InputValueDefinition+ ).</summary>
    private IReadOnlyList<InputValueDefinitionNode> ParseArgumentDefinitions() =>
        ExpectOptionalToken(TokenKind.ParenL) ? ParseInputValueDefinitions(TokenKind.ParenR) : [];

    /// <summary>InputValueDefinition+ up to and including <paramref name="close"/>, the opening token already consumed.</summary>
    private InputValueDefinitionNode[] ParseInputValueDefinitions(TokenKind close)
    {
        var definitions = new NodeListBuilder<InputValueDefinitionNode>();
        do
        {
            definitions.Add(ParseInputValueDefinition());
        }
        while (!ExpectOptionalToken(close));

        return definitions.ToArray();
    }

    /// <summary>InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]?</summary>
    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptionalToken(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new InputValueDefinitionNode(description, name, type, defaultValue, directives) { Location = LocationFrom(start) };
    }

    /// <summary>InterfaceTypeDefinition : Description? interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition? (spec 3.7).</summary>
    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new InterfaceTypeDefinitionNode(description, name, interfaces, directives, fields) { Location = LocationFrom(start) };
    }

    /// <summary>UnionTypeDefinition : Description? union Name Directives[Const]? UnionMemberTypes? (spec 3.8).</summary>
    private UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        return new UnionTypeDefinitionNode(description, name, directives, types) { Location = LocationFrom(start) };
    }

    /// <summary>UnionMemberTypes : = |? NamedType (| NamedType)*.</summary>
    private IReadOnlyList<NamedTypeNode> ParseUnionMemberTypes() =>
        ExpectOptionalToken(TokenKind.Equals) ? ParseNamedTypes(TokenKind.Pipe) : [];

    /// <summary>EnumTypeDefinition : Description? enum Name Directives[Const]? EnumValuesDefinition? (spec 3.9).</summary>
    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        return new EnumTypeDefinitionNode(description, name, directives, values) { Location = LocationFrom(start) };
    }

    /// <summary>EnumValuesDefinition : { EnumValueDefinition+ }; EnumValueDefinition : Description? EnumValue Directives[Const]?</summary>
    private IReadOnlyList<EnumValueDefinitionNode> ParseEnumValuesDefinition()
    {
        if (!ExpectOptionalToken(TokenKind.BraceL))
        {
            return [];
        }

        var values = new NodeListBuilder<EnumValueDefinitionNode>();
        do
        {
            var start = _token;
            var description = ParseDescription();
            var name = ParseEnumValueName();
            var directives = ParseDirectives(isConst: true);
            values.Add(new EnumValueDefinitionNode(description, name, directives) { Location = LocationFrom(start) });
        }
        while (!ExpectOptionalToken(TokenKind.BraceR));

        return values.ToArray();
    }

    /// <summary>EnumValue : Name but not true, false or null.</summary>
    private NameNode ParseEnumValueName()
    {
        if (TokenValueIs("true") || TokenValueIs("false") || TokenValueIs("null"))
        {
            throw Error(_token.Start, $"{Describe(_token)} is reserved and cannot be used for an enum value.");
        }

        return ParseName();
    }

    /// <summary>InputObjectTypeDefinition : Description? input Name Directives[Const]? InputFieldsDefinition? (spec 3.10).</summary>
    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputFieldsDefinition();
        return new InputObjectTypeDefinitionNode(description, name, directives, fields) { Location = LocationFrom(start) };
    }

    /// <summary>InputFieldsDefinition : { InputValueDefinition+ }.</summary>
    private IReadOnlyList<InputValueDefinitionNode> ParseInputFieldsDefinition() =>
        ExpectOptionalToken(TokenKind.BraceL) ? ParseInputValueDefinitions(TokenKind.BraceR) : [];

    /// <summary>DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations (spec 3.13).</summary>
    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        ExpectKeyword("directive");
        ExpectToken(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        var repeatable = ExpectOptionalKeyword("repeatable");
        ExpectKeyword("on");
        ExpectOptionalToken(TokenKind.Pipe);
        var locations = new NodeListBuilder<NameNode>();
        do
        {
            locations.Add(ParseDirectiveLocation());
        }
        while (ExpectOptionalToken(TokenKind.Pipe));

        return new DirectiveDefinitionNode(description, name, arguments, repeatable, locations.ToArray()) { Location = LocationFrom(start) };
    }

    /// <summary>DirectiveLocation : ExecutableDirectiveLocation | TypeSystemDirectiveLocation.</summary>
    private NameNode ParseDirectiveLocation()
    {
        var start = _token;
        var name = ParseName();
        return DirectiveLocations.IsValid(name.Value) ? name : throw Unexpected(start);
    }
}
