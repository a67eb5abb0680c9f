using Commerce.GraphQL.Language;
using Commerce.GraphQL.Types;

namespace Commerce.GraphQL.Validation.Rules;

/// <summary>5.3.1 Field Selections: a selected field exists on its parent type, with typo or fragment suggestions.</summary>
public sealed class FieldsOnCorrectTypeRule(ValidationContext context) : ValidationRule(context)
{
    public override bool Enter(SyntaxNode node, DocumentWalker walker)
    {
        if (node is not FieldNode field || walker.TypeInfo.ParentType is not { } type || walker.TypeInfo.FieldDef is not null)
        {
            return true;
        }

        var fieldName = field.Name.Value;
        var suggestion = Context.Options.HideSuggestions ? "" : DidYouMean(SuggestedTypeNames(type, fieldName), "to use an inline fragment on");
        if (suggestion.Length == 0 && type is ComplexType complex)
        {
            var names = new List<string>(complex.Fields.Count);
            foreach (var candidate in complex.Fields)
            {
                names.Add(candidate.Name);
            }

            suggestion = DidYouMean(Suggest(fieldName, names));
        }

        Report($"Cannot query field \"{fieldName}\" on type \"{type.Name}\"." + suggestion, field);
        return true;
    }

    /// <summary>Possible types and their interfaces that do have the field, most used first, super types before subtypes.</summary>
    private List<string> SuggestedTypeNames(NamedType type, string fieldName)
    {
        if (!type.IsAbstractType)
        {
            return [];
        }

        var schema = Context.Schema;
        var suggested = new List<ComplexType>();
        var usage = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var possible in schema.GetPossibleTypes(type))
        {
            if (!possible.Fields.Contains(fieldName))
            {
                continue;
            }

            if (!usage.ContainsKey(possible.Name))
            {
                suggested.Add(possible);
            }

            usage[possible.Name] = 1;
            foreach (var iface in possible.Interfaces)
            {
                if (!iface.Fields.Contains(fieldName))
                {
                    continue;
                }

                if (!usage.TryGetValue(iface.Name, out var count))
                {
                    suggested.Add(iface);
                }

                usage[iface.Name] = count + 1;
            }
        }

        JsArraySort.Sort(suggested, (a, b) =>
        {
            var diff = usage[b.Name] - usage[a.Name];
            if (diff != 0)
            {
                return diff;
            }

            if (a is InterfaceType && schema.IsSubType(a, b))
            {
                return -1;
            }

            if (b is InterfaceType && schema.IsSubType(b, a))
            {
                return 1;
            }

            return SuggestionList.NaturalCompare(a.Name, b.Name);
        });
        var names = new List<string>(suggested.Count);
        foreach (var t in suggested)
        {
            names.Add(t.Name);
        }

        return names;
    }
}
