using Commerce.GraphQL.Language;

namespace Commerce.GraphQL.Validation.Rules;

/// <summary>5.8.1 Variable Uniqueness.</summary>
public sealed class UniqueVariableNamesRule(ValidationContext context) : ValidationRule(context)
{
    public override bool Enter(SyntaxNode node, DocumentWalker walker)
    {
        if (node is OperationDefinitionNode operation)
        {
            foreach (var (name, nodes) in NameGroups.Of(operation.VariableDefinitions, v => v.Variable.Name))
            {
                if (nodes.Count > 1)
                {
                    Report($"There can be only one variable named \"${name}\".", nodes);
                }
            }
        }

        return true;
    }
}
