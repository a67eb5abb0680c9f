using Commerce.GraphQL.Language;

namespace Commerce.GraphQL.Validation.Rules;

/// <summary>5.6.3 Input Object Field Uniqueness.</summary>
public sealed class UniqueInputFieldNamesRule(ValidationContext context) : ValidationRule(context)
{
    public override bool Enter(SyntaxNode node, DocumentWalker walker)
    {
        if (node is ObjectValueNode obj && obj.Fields.Count > 1)
        {
            var known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
            foreach (var field in obj.Fields)
            {
                if (known.TryGetValue(field.Name.Value, out var first))
                {
                    Report($"There can be only one input field named \"{field.Name.Value}\".", first, field.Name);
                }
                else
                {
                    known[field.Name.Value] = field.Name;
                }
            }
        }

        return true;
    }
}
