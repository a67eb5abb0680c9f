using Commerce.GraphQL.Language;

namespace Commerce.GraphQL.Validation.Rules;

/// <summary>5.2.1.1 Operation Name Uniqueness.</summary>
public sealed class UniqueOperationNamesRule(ValidationContext context) : ValidationRule(context)
{
    private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    public override bool Enter(SyntaxNode node, DocumentWalker walker)
    {
        switch (node)
        {
            case OperationDefinitionNode operation:
                if (operation.Name is { } name)
                {
                    if (_known.TryGetValue(name.Value, out var first))
                    {
                        Report($"There can be only one operation named \"{name.Value}\".", first, name);
                    }
                    else
                    {
                        _known[name.Value] = name;
                    }
                }

                return false;
            case FragmentDefinitionNode:
                return false;
            default:
                return true;
        }
    }
}
