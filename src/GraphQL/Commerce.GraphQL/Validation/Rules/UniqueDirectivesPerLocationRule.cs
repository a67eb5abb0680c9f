using Commerce.GraphQL.Language;

namespace Commerce.GraphQL.Validation.Rules;

/// <summary>5.7.3 Directives Are Unique Per Location (repeatable directives excepted).</summary>
public sealed class UniqueDirectivesPerLocationRule(ValidationContext context) : ValidationRule(context)
{
    private readonly Dictionary<string, DirectiveNode> _schemaDirectives = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, DirectiveNode>> _typeDirectives = new(StringComparer.Ordinal);
    private Dictionary<string, bool>? _unique;

    public override bool Enter(SyntaxNode node, DocumentWalker walker)
    {
        var directives = node switch
        {
            OperationDefinitionNode n => n.Directives,
            FragmentDefinitionNode n => n.Directives,
            SelectionNode n => n.Directives,
            VariableDefinitionNode n => n.Directives,
            TypeSystemDefinitionNode n => n.Directives,
            FieldDefinitionNode n => n.Directives,
            InputValueDefinitionNode n => n.Directives,
            EnumValueDefinitionNode n => n.Directives,
            _ => null,
        };
        if (directives is null || directives.Count == 0)
        {
            return true;
        }

        Dictionary<string, DirectiveNode> seen;
        if (node is SchemaDefinitionNode or SchemaExtensionNode)
        {
            seen = _schemaDirectives;
        }
        else if (node is TypeDefinitionNode type)
        {
            if (!_typeDirectives.TryGetValue(type.Name.Value, out seen!))
            {
                _typeDirectives[type.Name.Value] = seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
            }
        }
        else
        {
            if (directives.Count == 1)
            {
                return true;
            }

            seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
        }

        var unique = Unique();
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (!unique.TryGetValue(name, out var isUnique) || !isUnique)
            {
                continue;
            }

            if (seen.TryGetValue(name, out var first))
            {
                Report($"The directive \"@{name}\" can only be used once at this location.", first, directive);
            }
            else
            {
                seen[name] = directive;
            }
        }

        return true;
    }

    private Dictionary<string, bool> Unique()
    {
        if (_unique is not null)
        {
            return _unique;
        }

        _unique = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var directive in Context.Schema.Directives)
        {
            _unique[directive.Name] = !directive.IsRepeatable;
        }

        foreach (var definition in Context.Document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directiveDefinition)
            {
                _unique[directiveDefinition.Name.Value] = !directiveDefinition.Repeatable;
            }
        }

        return _unique;
    }
}
