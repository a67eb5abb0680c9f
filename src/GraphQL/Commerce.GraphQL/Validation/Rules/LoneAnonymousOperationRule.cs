using Commerce.GraphQL.Language;

namespace Commerce.GraphQL.Validation.Rules;

/// <summary>5.2.2.1 Lone Anonymous Operation.</summary>
public sealed class LoneAnonymousOperationRule(ValidationContext context) : ValidationRule(context)
{
    private int _operationCount;

    public override bool Enter(SyntaxNode node, DocumentWalker walker)
    {
        if (node is DocumentNode document)
        {
            foreach (var definition in document.Definitions)
            {
                if (definition is OperationDefinitionNode)
                {
                    _operationCount++;
                }
            }
        }
        else if (node is OperationDefinitionNode { Name: null } && _operationCount > 1)
        {
            Report("This anonymous operation must be the only defined operation.", node);
        }

        return node is not (OperationDefinitionNode or FragmentDefinitionNode);
    }
}
