namespace Commerce.GraphQL.Language;

/// <summary>Parses GraphQL source text into the syntax tree (spec 2 and 3); malformed text raises <see cref="GraphQLSyntaxException"/>.</summary>
public static class Parser
{
    /// <summary>Parses a whole document: executable definitions, type system definitions and extensions.</summary>
    public static DocumentNode Parse(string source, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var parser = new DocumentParser(source, options ?? ParserOptions.Default);
        return parser.ParseDocument();
    }

    /// <summary>Parses a whole document from text held elsewhere (e.g. a pooled request buffer); names and values are copied out.</summary>
    public static DocumentNode Parse(ReadOnlySpan<char> source, ParserOptions? options = null)
    {
        var parser = new DocumentParser(source, options ?? ParserOptions.Default);
        return parser.ParseDocument();
    }

    /// <summary>Parses one value literal, which may hold variables (e.g. <c>{a: [1, $b]}</c>).</summary>
    public static ValueNode ParseValue(string source, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var parser = new DocumentParser(source, options ?? ParserOptions.Default);
        var value = parser.ParseValueLiteral(isConst: false);
        parser.ExpectEndOfFile();
        return value;
    }

    /// <summary>Parses one constant value literal: no variables allowed.</summary>
    public static ValueNode ParseConstValue(string source, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var parser = new DocumentParser(source, options ?? ParserOptions.Default);
        var value = parser.ParseValueLiteral(isConst: true);
        parser.ExpectEndOfFile();
        return value;
    }

    /// <summary>Parses one type reference (e.g. <c>[String!]!</c>).</summary>
    public static TypeNode ParseType(string source, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var parser = new DocumentParser(source, options ?? ParserOptions.Default);
        var type = parser.ParseTypeReference();
        parser.ExpectEndOfFile();
        return type;
    }
}
