namespace Commerce.GraphQL.Language;

/// <summary>The character classes of spec 2.1 (SourceCharacter, WhiteSpace, Letter, Digit, NameStart, NameContinue).</summary>
internal static class CharClasses
{
    public static bool IsWhiteSpace(int c) => c is '\t' or ' ';

    public static bool IsDigit(int c) => (uint)(c - '0') <= 9;

    public static bool IsLetter(int c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    public static bool IsNameStart(int c) => IsLetter(c) || c == '_';

    public static bool IsNameContinue(int c) => IsLetter(c) || IsDigit(c) || c == '_';

    /// <summary>Any code point but a surrogate: what the spec calls a SourceCharacter.</summary>
    public static bool IsUnicodeScalarValue(int c) => c is >= 0 and <= 0xD7FF or >= 0xE000 and <= 0x10FFFF;

    public static bool IsLeadingSurrogate(int c) => c is >= 0xD800 and <= 0xDBFF;

    public static bool IsTrailingSurrogate(int c) => c is >= 0xDC00 and <= 0xDFFF;

    /// <summary>0-15 for a HexDigit, -1 otherwise (so that OR-ing digits keeps an error negative).</summary>
    public static int HexValue(int c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'F' => c - 'A' + 10,
        >= 'a' and <= 'f' => c - 'a' + 10,
        _ => -1,
    };
}
