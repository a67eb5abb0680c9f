using Commerce.GraphQL.Language;

namespace Commerce.GraphQL.Validation.Rules;

/// <summary>5.5.1.3 Fragments On Composite Types.</summary>
public sealed class FragmentsOnCompositeTypesRule(ValidationContext context) : ValidationRule(context)
{
    public override bool Enter(SyntaxNode node, DocumentWalker walker)
    {
        switch (node)
        {
            case InlineFragmentNode { TypeCondition: { } condition }:
                if (TypeReferences.FromAst(Context.Schema, condition) is { IsCompositeType: false })
                {
                    Report($"Fragment cannot condition on non composite type \"{condition.Name.Value}\".", condition);
                }

                break;
            case FragmentDefinitionNode fragment:
                if (TypeReferences.FromAst(Context.Schema, fragment.TypeCondition) is { IsCompositeType: false })
                {
                    Report($"Fragment \"{fragment.Name.Value}\" cannot condition on non composite type \"{fragment.TypeCondition.Name.Value}\".", fragment.TypeCondition);
                }

                break;
        }

        return true;
    }
}
