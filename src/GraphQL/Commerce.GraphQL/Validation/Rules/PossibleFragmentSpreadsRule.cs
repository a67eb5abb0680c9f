using Commerce.GraphQL.Language;
using Commerce.GraphQL.Types;

namespace Commerce.GraphQL.Validation.Rules;

/// <summary>5.5.2.3 Fragment Spread Is Possible: the fragment's type can overlap the parent type.</summary>
public sealed class PossibleFragmentSpreadsRule(ValidationContext context) : ValidationRule(context)
{
    public override bool Enter(SyntaxNode node, DocumentWalker walker)
    {
        switch (node)
        {
            case InlineFragmentNode inline:
                if (walker.TypeInfo.Type?.GetNamedType() is { IsCompositeType: true } fragType
                    && walker.TypeInfo.ParentType is { } parentType
                    && !Context.Schema.DoTypesOverlap(fragType, parentType))
                {
                    Report($"Fragment cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragType.Name}\".", inline);
                }

                break;
            case FragmentSpreadNode spread:
                var name = spread.Name.Value;
                if (FragmentType(name) is { } spreadType
                    && walker.TypeInfo.ParentType is { } parent
                    && !Context.Schema.DoTypesOverlap(spreadType, parent))
                {
                    Report($"Fragment \"{name}\" cannot be spread here as objects of type \"{parent.Name}\" can never be of type \"{spreadType.Name}\".", spread);
                }

                break;
        }

        return true;
    }

    private NamedType? FragmentType(string name) =>
        Context.GetFragment(name) is { } fragment
        && TypeReferences.FromAst(Context.Schema, fragment.TypeCondition) is NamedType { IsCompositeType: true } type
            ? type
            : null;
}
