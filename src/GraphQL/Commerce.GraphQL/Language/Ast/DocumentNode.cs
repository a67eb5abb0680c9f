namespace Commerce.GraphQL.Language;

/// <summary>A GraphQL document: executable definitions, type system definitions, or both (spec 2.2).</summary>
public sealed record DocumentNode(IReadOnlyList<DefinitionNode> Definitions) : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.Document;
}

public abstract record DefinitionNode : SyntaxNode;

public abstract record ExecutableDefinitionNode : DefinitionNode
{
    public abstract NameNode? Name { get; }

    public abstract IReadOnlyList<DirectiveNode> Directives { get; }

    public abstract SelectionSetNode SelectionSet { get; }
}
