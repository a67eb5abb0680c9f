using Commerce.GraphQL.Language;

namespace Commerce.GraphQL.Validation.Rules;

/// <summary>5.4.2.1 Required Arguments: non-null arguments without a default are given, on fields and directives.</summary>
public sealed class ProvidedRequiredArgumentsRule(ValidationContext context) : ValidationRule(context)
{
    private Dictionary<string, List<(string Name, string Type)>>? _directiveRequired;

    public override void Leave(SyntaxNode node, DocumentWalker walker)
    {
        switch (node)
        {
            case FieldNode field when walker.TypeInfo.FieldDef is { } fieldDef:
                foreach (var argDef in fieldDef.Arguments)
                {
                    if (argDef.Type.IsNonNull && !argDef.HasDefaultValue && !Provided(field.Arguments, argDef.Name))
                    {
                        Report($"Field \"{fieldDef.Name}\" argument \"{argDef.Name}\" of type \"{argDef.Type}\" is required, but it was not provided.", field);
                    }
                }

                break;
            case DirectiveNode directive:
                if (DirectiveRequired().TryGetValue(directive.Name.Value, out var required))
                {
                    foreach (var (name, type) in required)
                    {
                        if (!Provided(directive.Arguments, name))
                        {
                            Report($"Directive \"@{directive.Name.Value}\" argument \"{name}\" of type \"{type}\" is required, but it was not provided.", directive);
                        }
                    }
                }

                break;
        }
    }

    private static bool Provided(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        foreach (var argument in arguments)
        {
            if (argument.Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }

    private Dictionary<string, List<(string, string)>> DirectiveRequired()
    {
        if (_directiveRequired is not null)
        {
            return _directiveRequired;
        }

        _directiveRequired = new Dictionary<string, List<(string, string)>>(StringComparer.Ordinal);
        foreach (var directive in Context.Schema.Directives)
        {
            var required = new List<(string, string)>();
            foreach (var argument in directive.Arguments)
            {
                if (argument.Type.IsNonNull && !argument.HasDefaultValue)
                {
                    required.Add((argument.Name, argument.Type.ToString()));
                }
            }

            _directiveRequired[directive.Name] = required;
        }

        foreach (var definition in Context.Document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directiveDefinition)
            {
                var required = new List<(string, string)>();
                foreach (var argument in directiveDefinition.Arguments)
                {
                    if (argument.Type is NonNullTypeNode && argument.DefaultValue is null)
                    {
                        required.Add((argument.Name.Value, TypePrinter.Print(argument.Type)));
                    }
                }

                _directiveRequired[directiveDefinition.Name.Value] = required;
            }
        }

        return _directiveRequired;
    }
}
