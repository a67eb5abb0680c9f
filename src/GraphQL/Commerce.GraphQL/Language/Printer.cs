namespace Commerce.GraphQL.Language;
public static class Printer { public static string Print(SyntaxNode node) => node.ToString(); }
