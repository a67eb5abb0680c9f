namespace Commerce.GraphQL.Language;

/// <summary>A type reference (spec 2.11): a named type, a list of a type, or a non-null type.</summary>
public abstract record TypeNode : SyntaxNode
{
    /// <summary>The named type at the bottom of the wrappers.</summary>
    public abstract NamedTypeNode NamedType { get; }
}

public sealed record NamedTypeNode(NameNode Name) : TypeNode
{
    public override SyntaxKind Kind => SyntaxKind.NamedType;

    public override NamedTypeNode NamedType => this;
}

public sealed record ListTypeNode(TypeNode Type) : TypeNode
{
    public override SyntaxKind Kind => SyntaxKind.ListType;

    public override NamedTypeNode NamedType => Type.NamedType;
}

/// <summary>A non-null type; its inner type is never itself non-null.</summary>
public sealed record NonNullTypeNode(TypeNode Type) : TypeNode
{
    public override SyntaxKind Kind => SyntaxKind.NonNullType;

    public override NamedTypeNode NamedType => Type.NamedType;
}
