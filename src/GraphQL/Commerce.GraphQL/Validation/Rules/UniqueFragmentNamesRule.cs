using Commerce.GraphQL.Language;

namespace Commerce.GraphQL.Validation.Rules;

/// <summary>5.5.1.1 Fragment Name Uniqueness.</summary>
public sealed class UniqueFragmentNamesRule(ValidationContext context) : ValidationRule(context)
{
    private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    public override bool Enter(SyntaxNode node, DocumentWalker walker)
    {
        switch (node)
        {
            case FragmentDefinitionNode fragment:
                var name = fragment.Name;
                if (_known.TryGetValue(name.Value, out var first))
                {
                    Report($"There can be only one fragment named \"{name.Value}\".", first, name);
                }
                else
                {
                    _known[name.Value] = name;
                }

                return false;
            case OperationDefinitionNode:
                return false;
            default:
                return true;
        }
    }
}
