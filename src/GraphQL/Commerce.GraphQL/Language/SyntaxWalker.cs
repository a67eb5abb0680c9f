namespace Commerce.GraphQL.Language;

/// <summary>
/// Walks a syntax tree depth-first in source order, calling <see cref="Enter"/> before a node's children and
/// <see cref="Leave"/> after them. Validation rules and the executor derive from it and match the kinds they care about.
/// </summary>
public abstract class SyntaxWalker
{
    private readonly List<SyntaxNode> _ancestors = [];

    /// <summary>The nodes from the root down to the parent of the node being entered or left.</summary>
    protected IReadOnlyList<SyntaxNode> Ancestors => _ancestors;

    public void Visit(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (!Enter(node))
        {
            return;
        }

        _ancestors.Add(node);
        VisitChildren(node);
        _ancestors.RemoveAt(_ancestors.Count - 1);
        Leave(node);
    }

    /// <summary>Called on the way down; returning false skips the node's children and its <see cref="Leave"/>.</summary>
    protected virtual bool Enter(SyntaxNode node) => true;

    /// <summary>Called on the way up, after all the node's children.</summary>
    protected virtual void Leave(SyntaxNode node)
    {
    }

    private void VisitChildren(SyntaxNode node)
    {
        switch (node)
        {
            case DocumentNode document:
                VisitAll(document.Definitions);
                break;
            case OperationDefinitionNode operation:
                VisitOptional(operation.Name);
                VisitAll(operation.VariableDefinitions);
                VisitAll(operation.Directives);
                Visit(operation.SelectionSet);
                break;
            case VariableDefinitionNode variable:
                Visit(variable.Variable);
                Visit(variable.Type);
                VisitOptional(variable.DefaultValue);
                VisitAll(variable.Directives);
                break;
            case SelectionSetNode selectionSet:
                VisitAll(selectionSet.Selections);
                break;
            case FieldNode field:
                VisitOptional(field.Alias);
                Visit(field.Name);
                VisitAll(field.Arguments);
                VisitAll(field.Directives);
                VisitOptional(field.SelectionSet);
                break;
            case ArgumentNode argument:
                Visit(argument.Name);
                Visit(argument.Value);
                break;
            case FragmentSpreadNode spread:
                Visit(spread.Name);
                VisitAll(spread.Directives);
                break;
            case InlineFragmentNode inline:
                VisitOptional(inline.TypeCondition);
                VisitAll(inline.Directives);
                Visit(inline.SelectionSet);
                break;
            case FragmentDefinitionNode fragment:
                Visit(fragment.Name);
                Visit(fragment.TypeCondition);
                VisitAll(fragment.Directives);
                Visit(fragment.SelectionSet);
                break;
            case VariableNode variable:
                Visit(variable.Name);
                break;
            case ListValueNode list:
                VisitAll(list.Values);
                break;
            case ObjectValueNode obj:
                VisitAll(obj.Fields);
                break;
            case ObjectFieldNode field:
                Visit(field.Name);
                Visit(field.Value);
                break;
            case DirectiveNode directive:
                Visit(directive.Name);
                VisitAll(directive.Arguments);
                break;
            case NamedTypeNode named:
                Visit(named.Name);
                break;
            case ListTypeNode list:
                Visit(list.Type);
                break;
            case NonNullTypeNode nonNull:
                Visit(nonNull.Type);
                break;
            default:
                VisitTypeSystemChildren(node);
                break;
        }
    }

    private void VisitTypeSystemChildren(SyntaxNode node)
    {
        switch (node)
        {
            case SchemaDefinitionNode schema:
                VisitOptional(schema.Description);
                VisitAll(schema.Directives);
                VisitAll(schema.OperationTypes);
                break;
            case SchemaExtensionNode schema:
                VisitAll(schema.Directives);
                VisitAll(schema.OperationTypes);
                break;
            case OperationTypeDefinitionNode operationType:
                Visit(operationType.Type);
                break;
            case ScalarTypeDefinitionNode scalar:
                VisitOptional(scalar.Description);
                Visit(scalar.Name);
                VisitAll(scalar.Directives);
                break;
            case ObjectTypeDefinitionNode type:
                VisitOptional(type.Description);
                Visit(type.Name);
                VisitAll(type.Interfaces);
                VisitAll(type.Directives);
                VisitAll(type.Fields);
                break;
            case InterfaceTypeDefinitionNode type:
                VisitOptional(type.Description);
                Visit(type.Name);
                VisitAll(type.Interfaces);
                VisitAll(type.Directives);
                VisitAll(type.Fields);
                break;
            case UnionTypeDefinitionNode union:
                VisitOptional(union.Description);
                Visit(union.Name);
                VisitAll(union.Directives);
                VisitAll(union.Types);
                break;
            case EnumTypeDefinitionNode enumType:
                VisitOptional(enumType.Description);
                Visit(enumType.Name);
                VisitAll(enumType.Directives);
                VisitAll(enumType.Values);
                break;
            case InputObjectTypeDefinitionNode input:
                VisitOptional(input.Description);
                Visit(input.Name);
                VisitAll(input.Directives);
                VisitAll(input.Fields);
                break;
            case FieldDefinitionNode field:
                VisitOptional(field.Description);
                Visit(field.Name);
                VisitAll(field.Arguments);
                Visit(field.Type);
                VisitAll(field.Directives);
                break;
            case InputValueDefinitionNode input:
                VisitOptional(input.Description);
                Visit(input.Name);
                Visit(input.Type);
                VisitOptional(input.DefaultValue);
                VisitAll(input.Directives);
                break;
            case EnumValueDefinitionNode value:
                VisitOptional(value.Description);
                Visit(value.Name);
                VisitAll(value.Directives);
                break;
            case DirectiveDefinitionNode directive:
                VisitOptional(directive.Description);
                Visit(directive.Name);
                VisitAll(directive.Arguments);
                VisitAll(directive.Locations);
                break;

            // Names and scalar values are leaves.
        }
    }

    private void VisitOptional(SyntaxNode? node)
    {
        if (node is not null)
        {
            Visit(node);
        }
    }

    private void VisitAll<T>(IReadOnlyList<T> nodes)
        where T : SyntaxNode
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            Visit(nodes[i]);
        }
    }
}
