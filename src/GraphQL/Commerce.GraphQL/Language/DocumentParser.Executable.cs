namespace Commerce.GraphQL.Language;

internal ref partial struct DocumentParser
{
    /// <summary>Document : Definition+ (spec 2.2).</summary>
    public DocumentNode ParseDocument()
    {
        var definitions = new NodeListBuilder<DefinitionNode>();
        do
        {
            definitions.Add(ParseDefinition());
        }
        while (!ExpectOptionalToken(TokenKind.EndOfFile));

        return new DocumentNode(definitions.ToArray()) { Location = new Location(0, _lastTokenEnd, 1, 1) };
    }

    /// <summary>
    /// Definition : ExecutableDefinition | TypeSystemDefinitionOrExtension. Type system definitions may begin with a
    /// description, so the keyword may be one token ahead.
    /// </summary>
    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceL))
        {
            return ParseOperationDefinition();
        }

        var hasDescription = PeekDescription();
        var keyword = hasDescription ? Lookahead() : _token;
        if (hasDescription && keyword.Kind == TokenKind.BraceL)
        {
            throw Error(_token.Start, "Unexpected description, descriptions are not supported on shorthand queries.");
        }

        if (keyword.Kind == TokenKind.Name)
        {
            switch (_lexer.Source[keyword.Start..keyword.End])
            {
                case "schema": return ParseSchemaDefinition();
                case "scalar": return ParseScalarTypeDefinition();
                case "type": return ParseObjectTypeDefinition();
                case "interface": return ParseInterfaceTypeDefinition();
                case "union": return ParseUnionTypeDefinition();
                case "enum": return ParseEnumTypeDefinition();
                case "input": return ParseInputObjectTypeDefinition();
                case "directive": return ParseDirectiveDefinition();
                case "query" or "mutation" or "subscription" or "fragment" when hasDescription:
                    throw Error(_token.Start, "Unexpected description, descriptions are supported only on type definitions.");
                case "query" or "mutation" or "subscription": return ParseOperationDefinition();
                case "fragment": return ParseFragmentDefinition();
                case "extend" when hasDescription:
                    throw Error(_token.Start, "Unexpected description, only GraphQL definitions support descriptions.");
                case "extend": return ParseTypeSystemExtension();
            }

            if (hasDescription)
            {
                throw Error(_token.Start, "Unexpected description, only GraphQL definitions support descriptions.");
            }
        }

        throw Unexpected(keyword);
    }

    /// <summary>OperationDefinition : OperationType Name? VariableDefinitions? Directives? SelectionSet | SelectionSet (spec 2.3).</summary>
    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = _token;
        if (Peek(TokenKind.BraceL))
        {
            var shorthand = ParseSelectionSet();
            return new OperationDefinitionNode(OperationType.Query, null, [], [], shorthand) { Location = LocationFrom(start) };
        }

        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        var variables = ParseVariableDefinitions();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new OperationDefinitionNode(operation, name, variables, directives, selectionSet) { Location = LocationFrom(start) };
    }

    /// <summary>OperationType : one of query mutation subscription.</summary>
    private OperationType ParseOperationType()
    {
        var token = ExpectToken(TokenKind.Name);
        return _lexer.Source[token.Start..token.End] switch
        {
            "query" => OperationType.Query,
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => throw Unexpected(token),
        };
    }

    /// <summary>VariableDefinitions : ( VariableDefinition+ ) (spec 2.10).</summary>
    private IReadOnlyList<VariableDefinitionNode> ParseVariableDefinitions()
    {
        if (!ExpectOptionalToken(TokenKind.ParenL))
        {
            return [];
        }

        var definitions = new NodeListBuilder<VariableDefinitionNode>();
        do
        {
            definitions.Add(ParseVariableDefinition());
        }
        while (!ExpectOptionalToken(TokenKind.ParenR));

        return definitions.ToArray();
    }

    /// <summary>VariableDefinition : Variable : Type DefaultValue? Directives[Const]?</summary>
    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = _token;
        var variable = ParseVariable();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptionalToken(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new VariableDefinitionNode(variable, type, defaultValue, directives) { Location = LocationFrom(start) };
    }

    /// <summary>Variable : $ Name.</summary>
    private VariableNode ParseVariable()
    {
        var start = _token;
        ExpectToken(TokenKind.Dollar);
        var name = ParseName();
        return new VariableNode(name) { Location = LocationFrom(start) };
    }

    /// <summary>SelectionSet : { Selection+ } (spec 2.4).</summary>
    private SelectionSetNode ParseSelectionSet()
    {
        var start = _token;
        EnterNesting();
        ExpectToken(TokenKind.BraceL);
        var selections = new NodeListBuilder<SelectionNode>();
        do
        {
            selections.Add(Peek(TokenKind.Spread) ? ParseFragment() : ParseField());
        }
        while (!ExpectOptionalToken(TokenKind.BraceR));

        LeaveNesting();
        return new SelectionSetNode(selections.ToArray()) { Location = LocationFrom(start) };
    }

    /// <summary>Field : Alias? Name Arguments? Directives? SelectionSet? (spec 2.5).</summary>
    private FieldNode ParseField()
    {
        var start = _token;
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (ExpectOptionalToken(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }

        var arguments = ParseArguments(isConst: false);
        var directives = ParseDirectives(isConst: false);
        var selectionSet = Peek(TokenKind.BraceL) ? ParseSelectionSet() : null;
        return new FieldNode(alias, name, arguments, directives, selectionSet) { Location = LocationFrom(start) };
    }

    /// <summary>Arguments[Const] : ( Argument[?Const]+ ) (spec 2.6).</summary>
    private IReadOnlyList<ArgumentNode> ParseArguments(bool isConst)
    {
        if (!ExpectOptionalToken(TokenKind.ParenL))
        {
            return [];
        }

        var arguments = new NodeListBuilder<ArgumentNode>();
        do
        {
            var start = _token;
            var name = ParseName();
            ExpectToken(TokenKind.Colon);
            var value = ParseValueLiteral(isConst);
            arguments.Add(new ArgumentNode(name, value) { Location = LocationFrom(start) });
        }
        while (!ExpectOptionalToken(TokenKind.ParenR));

        return arguments.ToArray();
    }

    /// <summary>FragmentSpread : ... FragmentName Directives?; InlineFragment : ... TypeCondition? Directives? SelectionSet (spec 2.8).</summary>
    private SelectionNode ParseFragment()
    {
        var start = _token;
        ExpectToken(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            var name = ParseFragmentName();
            var spreadDirectives = ParseDirectives(isConst: false);
            return new FragmentSpreadNode(name, spreadDirectives) { Location = LocationFrom(start) };
        }

        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new InlineFragmentNode(typeCondition, directives, selectionSet) { Location = LocationFrom(start) };
    }

    /// <summary>FragmentDefinition : fragment FragmentName TypeCondition Directives? SelectionSet.</summary>
    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = _token;
        ExpectKeyword("fragment");
        var name = ParseFragmentName();
        ExpectKeyword("on");
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new FragmentDefinitionNode(name, typeCondition, directives, selectionSet) { Location = LocationFrom(start) };
    }

    /// <summary>FragmentName : Name but not <c>on</c>.</summary>
    private NameNode ParseFragmentName()
    {
        if (TokenValueIs("on"))
        {
            throw Unexpected();
        }

        return ParseName();
    }

    /// <summary>Directives[Const] : Directive[?Const]+ (spec 2.12).</summary>
    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return [];
        }

        var directives = new NodeListBuilder<DirectiveNode>();
        while (Peek(TokenKind.At))
        {
            var start = _token;
            Advance();
            var name = ParseName();
            var arguments = ParseArguments(isConst);
            directives.Add(new DirectiveNode(name, arguments) { Location = LocationFrom(start) });
        }

        return directives.ToArray();
    }
}
