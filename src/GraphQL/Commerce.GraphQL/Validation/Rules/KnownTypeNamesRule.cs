using Commerce.GraphQL.Language;
using Commerce.GraphQL.Types;

namespace Commerce.GraphQL.Validation.Rules;

/// <summary>Known Type Names (5.5.1.2, 5.8.2): every named type reference exists in the schema (or the document).</summary>
public sealed class KnownTypeNamesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly string[] StandardTypeNames =
    [
        "String", "Int", "Float", "Boolean", "ID",
        "__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__InputValue", "__EnumValue", "__TypeKind",
    ];

    private HashSet<string>? _defined;

    public override bool Enter(SyntaxNode node, DocumentWalker walker)
    {
        if (node is DocumentNode document)
        {
            _defined = new HashSet<string>(StringComparer.Ordinal);
            foreach (var definition in document.Definitions)
            {
                if (definition is TypeDefinitionNode { IsExtension: false } type)
                {
                    _defined.Add(type.Name.Value);
                }
            }

            return true;
        }

        if (node is not NamedTypeNode named)
        {
            return true;
        }

        var typeName = named.Name.Value;
        if (Context.Schema.GetType(typeName) is not null || (_defined?.Contains(typeName) ?? false))
        {
            return true;
        }

        var ancestors = walker.Ancestors;
        // graphql-js looks at the definition holding the reference (its ancestors also count arrays).
        var definitionNode = ancestors.Count > 1 ? ancestors[1] : walker.Parent;
        var isSdl = definitionNode is TypeSystemDefinitionNode;
        if (isSdl && Array.IndexOf(StandardTypeNames, typeName) >= 0)
        {
            return true;
        }

        var candidates = new List<string>();
        if (isSdl)
        {
            candidates.AddRange(StandardTypeNames);
        }

        foreach (var type in Context.Schema.TypeList)
        {
            candidates.Add(type.Name);
        }

        candidates.AddRange(_defined ?? []);
        Report($"Unknown type \"{typeName}\"." + DidYouMean(Suggest(typeName, candidates)), named);
        return true;
    }
}
