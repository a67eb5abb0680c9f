using System.Text;
using Commerce.GraphQL.Introspection;
using Commerce.GraphQL.Language;
using Commerce.GraphQL.Types;

namespace Commerce.GraphQL;

/// <summary>
/// Prints a schema as SDL in the canonical form graphql-js's <c>printSchema</c> produces: the schema definition
/// only when root types are not named Query/Mutation/Subscription or it has a description, then the custom
/// directives, then every type but the spec's scalars and the introspection types, in schema order.
/// </summary>
public static class SchemaPrinter
{
    public static string Print(Schema schema)
    {
        var blocks = new List<string>();
        if (PrintSchemaDefinition(schema) is { } definition)
        {
            blocks.Add(definition);
        }

        foreach (var directive in schema.Directives)
        {
            if (!directive.IsBuiltIn)
            {
                blocks.Add(PrintDirective(directive));
            }
        }

        foreach (var type in schema.TypeList)
        {
            if (!IsSpecifiedOrIntrospection(type))
            {
                blocks.Add(PrintType(type));
            }
        }

        return string.Join("\n\n", blocks);
    }

    public static string PrintType(NamedType type) => type switch
    {
        ScalarType scalar => Description(scalar.Description) + "scalar " + scalar.Name + SpecifiedBy(scalar),
        ObjectType obj => Description(obj.Description) + "type " + obj.Name + Interfaces(obj) + Fields(obj),
        InterfaceType iface => Description(iface.Description) + "interface " + iface.Name + Interfaces(iface) + Fields(iface),
        UnionType union => Description(union.Description) + "union " + union.Name + (union.Types.Count > 0 ? " = " + string.Join(" | ", union.Types) : ""),
        EnumType enumType => Description(enumType.Description) + "enum " + enumType.Name + Block(enumType.Values.Select((v, i) =>
            Description(v.Description, "  ", i == 0) + "  " + v.Name + Deprecated(v.DeprecationReason))),
        InputObjectType input => Description(input.Description) + "input " + input.Name + (input.IsOneOf ? " @oneOf" : "") + Block(input.Fields.Select((f, i) =>
            Description(f.Description, "  ", i == 0) + "  " + InputValue(f))),
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    private static bool IsSpecifiedOrIntrospection(NamedType type) =>
        (type is ScalarType && BuiltInScalars.IsSpecified(type.Name)) || type.Name.StartsWith("__", StringComparison.Ordinal);

    private static string? PrintSchemaDefinition(Schema schema)
    {
        var commonNames = schema.QueryType is null or { Name: "Query" }
            && schema.MutationType is null or { Name: "Mutation" }
            && schema.SubscriptionType is null or { Name: "Subscription" };
        if (schema.Description is null && commonNames)
        {
            return null;
        }

        var operations = new List<string>();
        if (schema.QueryType is not null)
        {
            operations.Add("  query: " + schema.QueryType.Name);
        }

        if (schema.MutationType is not null)
        {
            operations.Add("  mutation: " + schema.MutationType.Name);
        }

        if (schema.SubscriptionType is not null)
        {
            operations.Add("  subscription: " + schema.SubscriptionType.Name);
        }

        return Description(schema.Description) + "schema {\n" + string.Join("\n", operations) + "\n}";
    }

    private static string PrintDirective(DirectiveDefinition directive) =>
        Description(directive.Description) + "directive @" + directive.Name + Arguments(directive.Arguments, "")
        + (directive.IsRepeatable ? " repeatable" : "") + " on " + string.Join(" | ", directive.Locations);

    private static string Interfaces(ComplexType type) =>
        type.Interfaces.Count > 0 ? " implements " + string.Join(" & ", type.Interfaces.Select(i => i.Name)) : "";

    private static string Fields(ComplexType type) => Block(type.Fields.Select((f, i) =>
        Description(f.Description, "  ", i == 0) + "  " + f.Name + Arguments(f.Arguments, "  ") + ": " + f.Type + Deprecated(f.DeprecationReason)));

    private static string Block(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count > 0 ? " {\n" + string.Join("\n", list) + "\n}" : "";
    }

    /// <summary>Arguments on one line unless one has a description; then one per line, indented.</summary>
    private static string Arguments(FieldCollection<InputField> arguments, string indentation)
    {
        if (arguments.Count == 0)
        {
            return "";
        }

        if (arguments.All(a => string.IsNullOrEmpty(a.Description)))
        {
            return "(" + string.Join(", ", arguments.Select(InputValue)) + ")";
        }

        var lines = arguments.Select((a, i) => Description(a.Description, "  " + indentation, i == 0) + "  " + indentation + InputValue(a));
        return "(\n" + string.Join("\n", lines) + "\n" + indentation + ")";
    }

    private static string InputValue(InputField field)
    {
        var declaration = field.Name + ": " + field.Type;
        if (field.DefaultValue is not null)
        {
            declaration += " = " + DefaultValuePrinter.Print(field.DefaultValue, field.Type);
        }

        return declaration + Deprecated(field.DeprecationReason);
    }

    private static string Deprecated(string? reason) => reason switch
    {
        null => "",
        BuiltInDirectives.DefaultDeprecationReason => " @deprecated",
        _ => " @deprecated(reason: " + Printer.Print(new StringValueNode(reason)) + ")",
    };

    private static string SpecifiedBy(ScalarType scalar) =>
        scalar.SpecifiedByUrl is null ? "" : " @specifiedBy(url: " + Printer.Print(new StringValueNode(scalar.SpecifiedByUrl)) + ")";

    /// <summary>A description as a block string where it can be one, else a plain string, on the lines before its element.</summary>
    private static string Description(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return "";
        }

        var printed = Printer.Print(new StringValueNode(description, IsPrintableAsBlockString(description)));
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + printed.Replace("\n", "\n" + indentation) + "\n";
    }

    /// <summary>
    /// Whether a block string would give back exactly this value: no non-printable characters or carriage returns,
    /// no leading or trailing blank lines, and no common indentation for the block string algorithm to strip.
    /// </summary>
    public static bool IsPrintableAsBlockString(string value)
    {
        if (value.Length == 0)
        {
            return true;
        }

        var isEmptyLine = true;
        var hasIndent = false;
        var hasCommonIndent = true;
        var seenNonEmptyLine = false;
        foreach (var c in value)
        {
            switch (c)
            {
                case < '\t' or '\v' or '\f' or '\r' or '\u000e' or '\u000f':
                    return false;
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine)
                    {
                        return false;
                    }

                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t' or ' ':
                    hasIndent |= isEmptyLine;
                    break;
                default:
                    hasCommonIndent &= hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }

        if (isEmptyLine)
        {
            return false;
        }

        return !(hasCommonIndent && seenNonEmptyLine);
    }
}
