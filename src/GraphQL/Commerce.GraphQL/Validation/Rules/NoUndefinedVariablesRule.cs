using Commerce.GraphQL.Language;

namespace Commerce.GraphQL.Validation.Rules;

/// <summary>5.8.3 All Variable Uses Defined, through every fragment the operation spreads.</summary>
public sealed class NoUndefinedVariablesRule(ValidationContext context) : ValidationRule(context)
{
    public override bool Enter(SyntaxNode node, DocumentWalker walker)
    {
        if (node is not OperationDefinitionNode operation)
        {
            return node is not FragmentDefinitionNode;
        }

        var defined = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in operation.VariableDefinitions)
        {
            defined.Add(definition.Variable.Name.Value);
        }

        foreach (var usage in Context.GetRecursiveVariableUsages(operation))
        {
            var name = usage.Node.Name.Value;
            if (!defined.Contains(name))
            {
                Report(operation.Name is { } opName
                    ? $"Variable \"${name}\" is not defined by operation \"{opName.Value}\"."
                    : $"Variable \"${name}\" is not defined.", usage.Node, operation);
            }
        }

        return false;
    }
}
