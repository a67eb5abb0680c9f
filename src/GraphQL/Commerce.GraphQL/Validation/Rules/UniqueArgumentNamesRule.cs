using Commerce.GraphQL.Language;

namespace Commerce.GraphQL.Validation.Rules;

/// <summary>5.4.2 Argument Uniqueness, on fields and directives.</summary>
public sealed class UniqueArgumentNamesRule(ValidationContext context) : ValidationRule(context)
{
    public override bool Enter(SyntaxNode node, DocumentWalker walker)
    {
        var arguments = node switch
        {
            FieldNode field => field.Arguments,
            DirectiveNode directive => directive.Arguments,
            _ => null,
        };
        if (arguments is not null)
        {
            foreach (var (name, nodes) in NameGroups.Of(arguments, a => a.Name))
            {
                if (nodes.Count > 1)
                {
                    Report($"There can be only one argument named \"{name}\".", nodes);
                }
            }
        }

        return true;
    }
}
