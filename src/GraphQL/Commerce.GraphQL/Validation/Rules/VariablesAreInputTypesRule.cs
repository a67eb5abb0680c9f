using Commerce.GraphQL.Language;

namespace Commerce.GraphQL.Validation.Rules;

/// <summary>5.8.2 Variables Are Input Types.</summary>
public sealed class VariablesAreInputTypesRule(ValidationContext context) : ValidationRule(context)
{
    public override bool Enter(SyntaxNode node, DocumentWalker walker)
    {
        if (node is VariableDefinitionNode variable
            && TypeReferences.FromAst(Context.Schema, variable.Type) is { IsInputType: false })
        {
            Report($"Variable \"${variable.Variable.Name.Value}\" cannot be non-input type \"{TypePrinter.Print(variable.Type)}\".", variable.Type);
        }

        return true;
    }
}
