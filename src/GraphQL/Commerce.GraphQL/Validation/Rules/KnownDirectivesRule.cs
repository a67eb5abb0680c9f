using Commerce.GraphQL.Language;
using Commerce.GraphQL.Types;

namespace Commerce.GraphQL.Validation.Rules;

/// <summary>5.7.1 Directives Are Defined, and 5.7.2 Directives Are In Valid Locations.</summary>
public sealed class KnownDirectivesRule(ValidationContext context) : ValidationRule(context)
{
    private Dictionary<string, List<string>>? _locations;

    public override bool Enter(SyntaxNode node, DocumentWalker walker)
    {
        if (node is not DirectiveNode directive)
        {
            return true;
        }

        var locations = Locations();
        var name = directive.Name.Value;
        if (!locations.TryGetValue(name, out var allowed))
        {
            Report($"Unknown directive \"@{name}\".", directive);
            return true;
        }

        var candidate = LocationOf(walker);
        if (candidate is not null && !allowed.Contains(candidate))
        {
            Report($"Directive \"@{name}\" may not be used on {candidate}.", directive);
        }

        return true;
    }

    private Dictionary<string, List<string>> Locations()
    {
        if (_locations is not null)
        {
            return _locations;
        }

        _locations = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var directive in Context.Schema.Directives)
        {
            var names = new List<string>();
            foreach (var location in directive.Locations)
            {
                names.Add(location.ToString());
            }

            _locations[directive.Name] = names;
        }

        foreach (var definition in Context.Document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directiveDefinition)
            {
                var names = new List<string>();
                foreach (var location in directiveDefinition.Locations)
                {
                    names.Add(location.Value);
                }

                _locations[directiveDefinition.Name.Value] = names;
            }
        }

        return _locations;
    }

    private static string? LocationOf(DocumentWalker walker)
    {
        var appliedTo = walker.Parent;
        DirectiveLocation? location = appliedTo switch
        {
            OperationDefinitionNode operation => operation.Operation switch
            {
                OperationType.Query => DirectiveLocation.QUERY,
                OperationType.Mutation => DirectiveLocation.MUTATION,
                _ => DirectiveLocation.SUBSCRIPTION,
            },
            FieldNode => DirectiveLocation.FIELD,
            FragmentSpreadNode => DirectiveLocation.FRAGMENT_SPREAD,
            InlineFragmentNode => DirectiveLocation.INLINE_FRAGMENT,
            FragmentDefinitionNode => DirectiveLocation.FRAGMENT_DEFINITION,
            VariableDefinitionNode => DirectiveLocation.VARIABLE_DEFINITION,
            SchemaDefinitionNode or SchemaExtensionNode => DirectiveLocation.SCHEMA,
            ScalarTypeDefinitionNode => DirectiveLocation.SCALAR,
            ObjectTypeDefinitionNode => DirectiveLocation.OBJECT,
            FieldDefinitionNode => DirectiveLocation.FIELD_DEFINITION,
            InterfaceTypeDefinitionNode => DirectiveLocation.INTERFACE,
            UnionTypeDefinitionNode => DirectiveLocation.UNION,
            EnumTypeDefinitionNode => DirectiveLocation.ENUM,
            EnumValueDefinitionNode => DirectiveLocation.ENUM_VALUE,
            InputObjectTypeDefinitionNode => DirectiveLocation.INPUT_OBJECT,
            InputValueDefinitionNode => walker.Ancestors.Count >= 2 && walker.Ancestors[^2] is InputObjectTypeDefinitionNode
                ? DirectiveLocation.INPUT_FIELD_DEFINITION
                : DirectiveLocation.ARGUMENT_DEFINITION,
            DirectiveDefinitionNode => DirectiveLocation.DIRECTIVE_DEFINITION,
            _ => null,
        };
        return location?.ToString();
    }
}
