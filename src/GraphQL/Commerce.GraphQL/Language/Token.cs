namespace Commerce.GraphQL.Language;

/// <summary>
/// One lexical token: its kind, its offsets in the source and the 1-based line and column where it starts.
/// It holds no text; <see cref="Lexer.GetValue"/> materializes a value only when the parser needs it.
/// </summary>
public readonly record struct Token(TokenKind Kind, int Start, int End, int Line, int Column);
