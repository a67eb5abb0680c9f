using Commerce.GraphQL.Language;

namespace Commerce.GraphQL.Validation;

/// <summary>
/// Walks a syntax tree depth first in graphql-js's key order, keeping a <see cref="TypeInfo"/> current and calling
/// every visitor at each node, in parallel: a visitor whose Enter returns false skips that node's subtree (and its
/// Leave) while the others carry on.
/// </summary>
public sealed class DocumentWalker
{
    private readonly IReadOnlyList<DocumentVisitor> _visitors;
    private readonly SyntaxNode?[] _skipping;
    private readonly List<SyntaxNode> _ancestors = [];

    public DocumentWalker(TypeInfo typeInfo, IReadOnlyList<DocumentVisitor> visitors)
    {
        TypeInfo = typeInfo;
        _visitors = visitors;
        _skipping = new SyntaxNode?[visitors.Count];
    }

    public TypeInfo TypeInfo { get; }

    /// <summary>The nodes enclosing the current one, outermost first (the current node excluded).</summary>
    public IReadOnlyList<SyntaxNode> Ancestors => _ancestors;

    /// <summary>The node directly enclosing the current one.</summary>
    public SyntaxNode? Parent => _ancestors.Count > 0 ? _ancestors[^1] : null;

    public void Walk(SyntaxNode node)
    {
        StackGuard.Ensure();
        TypeInfo.Enter(node);
        for (var i = 0; i < _visitors.Count; i++)
        {
            if (_skipping[i] is null && !_visitors[i].Enter(node, this))
            {
                _skipping[i] = node;
            }
        }

        _ancestors.Add(node);
        WalkChildren(node);
        _ancestors.RemoveAt(_ancestors.Count - 1);

        for (var i = 0; i < _visitors.Count; i++)
        {
            if (_skipping[i] is null)
            {
                _visitors[i].Leave(node, this);
            }
            else if (ReferenceEquals(_skipping[i], node))
            {
                _skipping[i] = null;
            }
        }

        TypeInfo.Leave(node);
    }

    private void WalkChildren(SyntaxNode node)
    {
        switch (node)
        {
            case DocumentNode document:
                WalkAll(document.Definitions);
                break;
            case OperationDefinitionNode operation:
                WalkAll(operation.VariableDefinitions);
                WalkAll(operation.Directives);
                Walk(operation.SelectionSet);
                break;
            case VariableDefinitionNode variable:
                Walk(variable.Variable);
                Walk(variable.Type);
                WalkOptional(variable.DefaultValue);
                WalkAll(variable.Directives);
                break;
            case SelectionSetNode selectionSet:
                WalkAll(selectionSet.Selections);
                break;
            case FieldNode field:
                WalkAll(field.Arguments);
                WalkAll(field.Directives);
                WalkOptional(field.SelectionSet);
                break;
            case ArgumentNode argument:
                Walk(argument.Value);
                break;
            case FragmentSpreadNode spread:
                WalkAll(spread.Directives);
                break;
            case InlineFragmentNode inline:
                WalkOptional(inline.TypeCondition);
                WalkAll(inline.Directives);
                Walk(inline.SelectionSet);
                break;
            case FragmentDefinitionNode fragment:
                Walk(fragment.TypeCondition);
                WalkAll(fragment.Directives);
                Walk(fragment.SelectionSet);
                break;
            case ListValueNode list:
                WalkAll(list.Values);
                break;
            case ObjectValueNode obj:
                WalkAll(obj.Fields);
                break;
            case ObjectFieldNode objectField:
                Walk(objectField.Value);
                break;
            case DirectiveNode directive:
                WalkAll(directive.Arguments);
                break;
            case ListTypeNode listType:
                Walk(listType.Type);
                break;
            case NonNullTypeNode nonNullType:
                Walk(nonNullType.Type);
                break;
            case SchemaDefinitionNode schema:
                WalkAll(schema.Directives);
                WalkAll(schema.OperationTypes);
                break;
            case SchemaExtensionNode schemaExtension:
                WalkAll(schemaExtension.Directives);
                WalkAll(schemaExtension.OperationTypes);
                break;
            case OperationTypeDefinitionNode operationType:
                Walk(operationType.Type);
                break;
            case ScalarTypeDefinitionNode scalar:
                WalkAll(scalar.Directives);
                break;
            case ObjectTypeDefinitionNode objectType:
                WalkAll(objectType.Interfaces);
                WalkAll(objectType.Directives);
                WalkAll(objectType.Fields);
                break;
            case InterfaceTypeDefinitionNode interfaceType:
                WalkAll(interfaceType.Interfaces);
                WalkAll(interfaceType.Directives);
                WalkAll(interfaceType.Fields);
                break;
            case UnionTypeDefinitionNode union:
                WalkAll(union.Directives);
                WalkAll(union.Types);
                break;
            case EnumTypeDefinitionNode enumType:
                WalkAll(enumType.Directives);
                WalkAll(enumType.Values);
                break;
            case EnumValueDefinitionNode enumValue:
                WalkAll(enumValue.Directives);
                break;
            case InputObjectTypeDefinitionNode inputObject:
                WalkAll(inputObject.Directives);
                WalkAll(inputObject.Fields);
                break;
            case FieldDefinitionNode fieldDefinition:
                WalkAll(fieldDefinition.Arguments);
                Walk(fieldDefinition.Type);
                WalkAll(fieldDefinition.Directives);
                break;
            case InputValueDefinitionNode inputValue:
                Walk(inputValue.Type);
                WalkOptional(inputValue.DefaultValue);
                WalkAll(inputValue.Directives);
                break;
            case DirectiveDefinitionNode directiveDefinition:
                WalkAll(directiveDefinition.Arguments);
                break;
        }
    }

    private void WalkOptional(SyntaxNode? node)
    {
        if (node is not null)
        {
            Walk(node);
        }
    }

    private void WalkAll<T>(IReadOnlyList<T> nodes) where T : SyntaxNode
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            Walk(nodes[i]);
        }
    }
}

/// <summary>Something called at each node of a <see cref="DocumentWalker"/>'s walk.</summary>
public abstract class DocumentVisitor
{
    /// <summary>Called before the node's children; return false to skip them (and this node's Leave).</summary>
    public virtual bool Enter(SyntaxNode node, DocumentWalker walker) => true;

    public virtual void Leave(SyntaxNode node, DocumentWalker walker)
    {
    }
}
