namespace Commerce.GraphQL.Language;

internal ref partial struct DocumentParser
{
    /// <summary>
    /// Value[Const] (spec 2.9): a variable (unless constant), an Int, Float, String, Boolean, Null or Enum value,
    /// or a list or object of values.
    /// </summary>
    public ValueNode ParseValueLiteral(bool isConst)
    {
        var token = _token;
        switch (token.Kind)
        {
            case TokenKind.BracketL:
                return ParseList(isConst);
            case TokenKind.BraceL:
                return ParseObject(isConst);
            case TokenKind.Int:
                Advance();
                return new IntValueNode(_lexer.GetValue(token)!) { Location = LocationFrom(token) };
            case TokenKind.Float:
                Advance();
                return new FloatValueNode(_lexer.GetValue(token)!) { Location = LocationFrom(token) };
            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                Advance();
                return _lexer.Source[token.Start..token.End] switch
                {
                    "true" => new BooleanValueNode(true) { Location = LocationFrom(token) },
                    "false" => new BooleanValueNode(false) { Location = LocationFrom(token) },
                    "null" => new NullValueNode { Location = LocationFrom(token) },
                    _ => new EnumValueNode(_lexer.GetValue(token)!) { Location = LocationFrom(token) },
                };
            case TokenKind.Dollar when isConst:
                Advance();
                if (Peek(TokenKind.Name))
                {
                    throw Error(token.Start, $"Unexpected variable \"${_lexer.GetValue(_token)}\" in constant value.");
                }

                throw Unexpected(token);
            case TokenKind.Dollar:
                return ParseVariable();
            default:
                throw Unexpected();
        }
    }

    private StringValueNode ParseStringLiteral()
    {
        var token = _token;
        Advance();
        return new StringValueNode(_lexer.GetValue(token)!, token.Kind == TokenKind.BlockString) { Location = LocationFrom(token) };
    }

    /// <summary>ListValue[Const] : [ ] | [ Value[?Const]+ ].</summary>
    private ListValueNode ParseList(bool isConst)
    {
        var start = _token;
        EnterNesting();
        ExpectToken(TokenKind.BracketL);
        var values = new NodeListBuilder<ValueNode>();
        while (!ExpectOptionalToken(TokenKind.BracketR))
        {
            values.Add(ParseValueLiteral(isConst));
        }

        LeaveNesting();
        return new ListValueNode(values.ToArray()) { Location = LocationFrom(start) };
    }

    /// <summary>ObjectValue[Const] : { } | { ObjectField[?Const]+ }; ObjectField : Name : Value.</summary>
    private ObjectValueNode ParseObject(bool isConst)
    {
        var start = _token;
        EnterNesting();
        ExpectToken(TokenKind.BraceL);
        var fields = new NodeListBuilder<ObjectFieldNode>();
        while (!ExpectOptionalToken(TokenKind.BraceR))
        {
            var fieldStart = _token;
            var name = ParseName();
            ExpectToken(TokenKind.Colon);
            var value = ParseValueLiteral(isConst);
            fields.Add(new ObjectFieldNode(name, value) { Location = LocationFrom(fieldStart) });
        }

        LeaveNesting();
        return new ObjectValueNode(fields.ToArray()) { Location = LocationFrom(start) };
    }

    /// <summary>Type : NamedType | ListType | NonNullType (spec 2.11).</summary>
    public TypeNode ParseTypeReference()
    {
        var start = _token;
        TypeNode type;
        if (Peek(TokenKind.BracketL))
        {
            EnterNesting();
            Advance();
            var itemType = ParseTypeReference();
            ExpectToken(TokenKind.BracketR);
            LeaveNesting();
            type = new ListTypeNode(itemType) { Location = LocationFrom(start) };
        }
        else
        {
            type = ParseNamedType();
        }

        return ExpectOptionalToken(TokenKind.Bang) ? new NonNullTypeNode(type) { Location = LocationFrom(start) } : type;
    }

    private NamedTypeNode ParseNamedType()
    {
        var start = _token;
        var name = ParseName();
        return new NamedTypeNode(name) { Location = LocationFrom(start) };
    }
}
