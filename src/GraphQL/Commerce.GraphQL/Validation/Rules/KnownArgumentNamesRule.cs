using Commerce.GraphQL.Language;

namespace Commerce.GraphQL.Validation.Rules;

/// <summary>5.4.1 Argument Names: every argument is defined by its field or directive.</summary>
public sealed class KnownArgumentNamesRule(ValidationContext context) : ValidationRule(context)
{
    private Dictionary<string, List<string>>? _directiveArguments;

    public override bool Enter(SyntaxNode node, DocumentWalker walker)
    {
        switch (node)
        {
            case DirectiveNode directive:
                CheckDirective(directive);
                return false;
            case ArgumentNode argument:
                var typeInfo = walker.TypeInfo;
                if (typeInfo.Argument is null && typeInfo.FieldDef is { } fieldDef && typeInfo.ParentType is { } parentType)
                {
                    var argName = argument.Name.Value;
                    var names = new List<string>(fieldDef.Arguments.Count);
                    foreach (var arg in fieldDef.Arguments)
                    {
                        names.Add(arg.Name);
                    }

                    Report($"Unknown argument \"{argName}\" on field \"{parentType.Name}.{fieldDef.Name}\"." + DidYouMean(Suggest(argName, names)), argument);
                }

                return true;
            default:
                return true;
        }
    }

    private void CheckDirective(DirectiveNode directive)
    {
        if (directive.Arguments.Count == 0)
        {
            return;
        }

        var name = directive.Name.Value;
        if (!DirectiveArguments().TryGetValue(name, out var known))
        {
            return;
        }

        foreach (var argument in directive.Arguments)
        {
            var argName = argument.Name.Value;
            if (!known.Contains(argName))
            {
                Report($"Unknown argument \"{argName}\" on directive \"@{name}\"." + DidYouMean(Suggest(argName, known)), argument);
            }
        }
    }

    private Dictionary<string, List<string>> DirectiveArguments()
    {
        if (_directiveArguments is not null)
        {
            return _directiveArguments;
        }

        _directiveArguments = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var directive in Context.Schema.Directives)
        {
            var names = new List<string>();
            foreach (var argument in directive.Arguments)
            {
                names.Add(argument.Name);
            }

            _directiveArguments[directive.Name] = names;
        }

        foreach (var definition in Context.Document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directiveDefinition)
            {
                var names = new List<string>();
                foreach (var argument in directiveDefinition.Arguments)
                {
                    names.Add(argument.Name.Value);
                }

                _directiveArguments[directiveDefinition.Name.Value] = names;
            }
        }

        return _directiveArguments;
    }
}
