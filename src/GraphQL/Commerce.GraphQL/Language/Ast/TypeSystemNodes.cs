namespace Commerce.GraphQL.Language;

/// <summary>A definition or extension of the type system (spec 3).</summary>
public abstract record TypeSystemDefinitionNode : DefinitionNode
{
    public abstract IReadOnlyList<DirectiveNode> Directives { get; }
}

public sealed record SchemaDefinitionNode(
    StringValueNode? Description,
    IReadOnlyList<DirectiveNode> SchemaDirectives,
    IReadOnlyList<OperationTypeDefinitionNode> OperationTypes) : TypeSystemDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.SchemaDefinition;

    public override IReadOnlyList<DirectiveNode> Directives => SchemaDirectives;
}

public sealed record SchemaExtensionNode(
    IReadOnlyList<DirectiveNode> SchemaDirectives,
    IReadOnlyList<OperationTypeDefinitionNode> OperationTypes) : TypeSystemDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.SchemaExtension;

    public override IReadOnlyList<DirectiveNode> Directives => SchemaDirectives;
}

public sealed record OperationTypeDefinitionNode(OperationType Operation, NamedTypeNode Type) : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.OperationTypeDefinition;
}

/// <summary>A named type's definition, or an extension of one (<see cref="IsExtension"/>).</summary>
public abstract record TypeDefinitionNode : TypeSystemDefinitionNode
{
    public abstract NameNode Name { get; }

    public abstract StringValueNode? Description { get; }

    public bool IsExtension => Kind is SyntaxKind.ScalarTypeExtension or SyntaxKind.ObjectTypeExtension
        or SyntaxKind.InterfaceTypeExtension or SyntaxKind.UnionTypeExtension
        or SyntaxKind.EnumTypeExtension or SyntaxKind.InputObjectTypeExtension;
}

public sealed record ScalarTypeDefinitionNode(
    StringValueNode? TypeDescription,
    NameNode TypeName,
    IReadOnlyList<DirectiveNode> TypeDirectives,
    bool Extension = false) : TypeDefinitionNode
{
    public override SyntaxKind Kind => Extension ? SyntaxKind.ScalarTypeExtension : SyntaxKind.ScalarTypeDefinition;

    public override NameNode Name => TypeName;

    public override StringValueNode? Description => TypeDescription;

    public override IReadOnlyList<DirectiveNode> Directives => TypeDirectives;
}

public sealed record ObjectTypeDefinitionNode(
    StringValueNode? TypeDescription,
    NameNode TypeName,
    IReadOnlyList<NamedTypeNode> Interfaces,
    IReadOnlyList<DirectiveNode> TypeDirectives,
    IReadOnlyList<FieldDefinitionNode> Fields,
    bool Extension = false) : TypeDefinitionNode
{
    public override SyntaxKind Kind => Extension ? SyntaxKind.ObjectTypeExtension : SyntaxKind.ObjectTypeDefinition;

    public override NameNode Name => TypeName;

    public override StringValueNode? Description => TypeDescription;

    public override IReadOnlyList<DirectiveNode> Directives => TypeDirectives;
}

public sealed record InterfaceTypeDefinitionNode(
    StringValueNode? TypeDescription,
    NameNode TypeName,
    IReadOnlyList<NamedTypeNode> Interfaces,
    IReadOnlyList<DirectiveNode> TypeDirectives,
    IReadOnlyList<FieldDefinitionNode> Fields,
    bool Extension = false) : TypeDefinitionNode
{
    public override SyntaxKind Kind => Extension ? SyntaxKind.InterfaceTypeExtension : SyntaxKind.InterfaceTypeDefinition;

    public override NameNode Name => TypeName;

    public override StringValueNode? Description => TypeDescription;

    public override IReadOnlyList<DirectiveNode> Directives => TypeDirectives;
}

public sealed record UnionTypeDefinitionNode(
    StringValueNode? TypeDescription,
    NameNode TypeName,
    IReadOnlyList<DirectiveNode> TypeDirectives,
    IReadOnlyList<NamedTypeNode> Types,
    bool Extension = false) : TypeDefinitionNode
{
    public override SyntaxKind Kind => Extension ? SyntaxKind.UnionTypeExtension : SyntaxKind.UnionTypeDefinition;

    public override NameNode Name => TypeName;

    public override StringValueNode? Description => TypeDescription;

    public override IReadOnlyList<DirectiveNode> Directives => TypeDirectives;
}

public sealed record EnumTypeDefinitionNode(
    StringValueNode? TypeDescription,
    NameNode TypeName,
    IReadOnlyList<DirectiveNode> TypeDirectives,
    IReadOnlyList<EnumValueDefinitionNode> Values,
    bool Extension = false) : TypeDefinitionNode
{
    public override SyntaxKind Kind => Extension ? SyntaxKind.EnumTypeExtension : SyntaxKind.EnumTypeDefinition;

    public override NameNode Name => TypeName;

    public override StringValueNode? Description => TypeDescription;

    public override IReadOnlyList<DirectiveNode> Directives => TypeDirectives;
}

public sealed record InputObjectTypeDefinitionNode(
    StringValueNode? TypeDescription,
    NameNode TypeName,
    IReadOnlyList<DirectiveNode> TypeDirectives,
    IReadOnlyList<InputValueDefinitionNode> Fields,
    bool Extension = false) : TypeDefinitionNode
{
    public override SyntaxKind Kind => Extension ? SyntaxKind.InputObjectTypeExtension : SyntaxKind.InputObjectTypeDefinition;

    public override NameNode Name => TypeName;

    public override StringValueNode? Description => TypeDescription;

    public override IReadOnlyList<DirectiveNode> Directives => TypeDirectives;
}

public sealed record FieldDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<InputValueDefinitionNode> Arguments,
    TypeNode Type,
    IReadOnlyList<DirectiveNode> Directives) : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.FieldDefinition;
}

public sealed record InputValueDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    TypeNode Type,
    ValueNode? DefaultValue,
    IReadOnlyList<DirectiveNode> Directives) : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.InputValueDefinition;
}

public sealed record EnumValueDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<DirectiveNode> Directives) : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.EnumValueDefinition;
}

public sealed record DirectiveDefinitionNode(
    StringValueNode? Description,
    NameNode Name,
    IReadOnlyList<InputValueDefinitionNode> Arguments,
    bool Repeatable,
    IReadOnlyList<NameNode> Locations) : TypeSystemDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.DirectiveDefinition;

    public override IReadOnlyList<DirectiveNode> Directives => [];
}
