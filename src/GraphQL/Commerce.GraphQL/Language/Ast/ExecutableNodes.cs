namespace Commerce.GraphQL.Language;

public enum OperationType
{
    Query,
    Mutation,
    Subscription,
}

public sealed record OperationDefinitionNode(
    OperationType Operation,
    NameNode? OperationName,
    IReadOnlyList<VariableDefinitionNode> VariableDefinitions,
    IReadOnlyList<DirectiveNode> OperationDirectives,
    SelectionSetNode OperationSelectionSet) : ExecutableDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.OperationDefinition;

    public override NameNode? Name => OperationName;

    public override IReadOnlyList<DirectiveNode> Directives => OperationDirectives;

    public override SelectionSetNode SelectionSet => OperationSelectionSet;
}

public sealed record VariableDefinitionNode(
    VariableNode Variable,
    TypeNode Type,
    ValueNode? DefaultValue,
    IReadOnlyList<DirectiveNode> Directives) : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.VariableDefinition;
}

public sealed record SelectionSetNode(IReadOnlyList<SelectionNode> Selections) : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.SelectionSet;
}

public abstract record SelectionNode : SyntaxNode
{
    public abstract IReadOnlyList<DirectiveNode> Directives { get; }
}

public sealed record FieldNode(
    NameNode? Alias,
    NameNode Name,
    IReadOnlyList<ArgumentNode> Arguments,
    IReadOnlyList<DirectiveNode> FieldDirectives,
    SelectionSetNode? SelectionSet) : SelectionNode
{
    public override SyntaxKind Kind => SyntaxKind.Field;

    public override IReadOnlyList<DirectiveNode> Directives => FieldDirectives;

    /// <summary>The key this field's value has in the response: its alias, else its name.</summary>
    public string ResponseKey => Alias?.Value ?? Name.Value;
}

public sealed record ArgumentNode(NameNode Name, ValueNode Value) : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.Argument;
}

public sealed record FragmentSpreadNode(NameNode Name, IReadOnlyList<DirectiveNode> SpreadDirectives) : SelectionNode
{
    public override SyntaxKind Kind => SyntaxKind.FragmentSpread;

    public override IReadOnlyList<DirectiveNode> Directives => SpreadDirectives;
}

public sealed record InlineFragmentNode(
    NamedTypeNode? TypeCondition,
    IReadOnlyList<DirectiveNode> FragmentDirectives,
    SelectionSetNode SelectionSet) : SelectionNode
{
    public override SyntaxKind Kind => SyntaxKind.InlineFragment;

    public override IReadOnlyList<DirectiveNode> Directives => FragmentDirectives;
}

public sealed record FragmentDefinitionNode(
    NameNode FragmentName,
    NamedTypeNode TypeCondition,
    IReadOnlyList<DirectiveNode> FragmentDirectives,
    SelectionSetNode FragmentSelectionSet) : ExecutableDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.FragmentDefinition;

    public override NameNode Name => FragmentName;

    public override IReadOnlyList<DirectiveNode> Directives => FragmentDirectives;

    public override SelectionSetNode SelectionSet => FragmentSelectionSet;
}

public sealed record DirectiveNode(NameNode Name, IReadOnlyList<ArgumentNode> Arguments) : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.Directive;
}
