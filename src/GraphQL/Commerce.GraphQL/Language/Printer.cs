namespace Commerce.GraphQL.Language;

/// <summary>
/// Prints a syntax tree back to GraphQL source in graphql-js's canonical layout: two-space indentation, one selection
/// or definition member a line, field arguments broken over lines when the one-line form passes 80 characters,
/// argument definitions broken over lines when any of them spans lines, block strings kept as block strings.
/// </summary>
public static class Printer
{
    private const int MaxLineLength = 80;

    public static string Print(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return PrintNode(node);
    }

    private static string PrintNode(SyntaxNode? node) => node switch
    {
        null => "",
        NameNode name => name.Value,
        DocumentNode document => Join(document.Definitions, "\n\n"),
        OperationDefinitionNode operation => PrintOperation(operation),
        VariableDefinitionNode variable => PrintNode(variable.Variable) + ": " + PrintNode(variable.Type)
            + Wrap(" = ", PrintNode(variable.DefaultValue)) + Wrap(" ", Join(variable.Directives, " ")),
        SelectionSetNode selectionSet => Block(selectionSet.Selections),
        FieldNode field => PrintField(field),
        ArgumentNode argument => PrintNode(argument.Name) + ": " + PrintNode(argument.Value),
        FragmentSpreadNode spread => "..." + PrintNode(spread.Name) + Wrap(" ", Join(spread.Directives, " ")),
        InlineFragmentNode inline => Join(
            ["...", Wrap("on ", PrintNode(inline.TypeCondition)), Join(inline.Directives, " "), PrintNode(inline.SelectionSet)], " "),
        FragmentDefinitionNode fragment => "fragment " + PrintNode(fragment.Name) + " on " + PrintNode(fragment.TypeCondition) + " "
            + Wrap("", Join(fragment.Directives, " "), " ") + PrintNode(fragment.SelectionSet),
        ValueNode value => PrintValue(value),
        DirectiveNode directive => "@" + PrintNode(directive.Name) + Wrap("(", Join(directive.Arguments, ", "), ")"),
        NamedTypeNode named => PrintNode(named.Name),
        ListTypeNode list => "[" + PrintNode(list.Type) + "]",
        NonNullTypeNode nonNull => PrintNode(nonNull.Type) + "!",
        ObjectFieldNode field => PrintNode(field.Name) + ": " + PrintNode(field.Value),
        _ => PrintTypeSystem(node),
    };

    private static string PrintOperation(OperationDefinitionNode operation)
    {
        var variables = operation.VariableDefinitions.Select(PrintNode).ToList();
        var variableList = variables.Any(v => v.Contains('\n'))
            ? Wrap("(\n", Join(variables, "\n"), "\n)")
            : Wrap("(", Join(variables, ", "), ")");
        var keyword = Keyword(operation.Operation);
        var prefix = Join([keyword, PrintNode(operation.Name) + variableList, Join(operation.Directives, " ")], " ");

        // An anonymous query without variables or directives prints as the shorthand selection set.
        return (operation.Operation == OperationType.Query && prefix.Length == keyword.Length ? "" : prefix + " ")
            + PrintNode(operation.SelectionSet);
    }

    private static string PrintField(FieldNode field)
    {
        var prefix = Wrap("", PrintNode(field.Alias), ": ") + PrintNode(field.Name);
        var arguments = field.Arguments.Select(PrintNode).ToList();
        var argumentList = "";
        if (arguments.Count > 0)
        {
            var oneLine = Join(arguments, ", ");
            argumentList = prefix.Length + oneLine.Length + 2 > MaxLineLength
                ? Wrap("(\n", Indent(Join(arguments, "\n")), "\n)")
                : "(" + oneLine + ")";
        }

        return prefix + argumentList + Wrap(" ", Join(field.Directives, " ")) + Wrap(" ", PrintNode(field.SelectionSet));
    }

    private static string PrintValue(ValueNode value) => value switch
    {
        VariableNode variable => "$" + PrintNode(variable.Name),
        IntValueNode integer => integer.Value,
        FloatValueNode number => number.Value,
        StringValueNode { Block: true } text => BlockString.Print(text.Value),
        StringValueNode text => QuotedString.Print(text.Value),
        BooleanValueNode boolean => boolean.Value ? "true" : "false",
        NullValueNode => "null",
        EnumValueNode enumValue => enumValue.Value,
        ListValueNode list => "[" + Join(list.Values, ", ") + "]",
        ObjectValueNode obj => "{" + Join(obj.Fields, ", ") + "}",
        _ => throw new ArgumentException($"Unknown value node {value.GetType().Name}.", nameof(value)),
    };

    private static string PrintTypeSystem(SyntaxNode node) => node switch
    {
        SchemaDefinitionNode schema => Describe(schema.Description)
            + Join(["schema", Join(schema.Directives, " "), Block(schema.OperationTypes)], " "),
        SchemaExtensionNode schema => Join(["extend schema", Join(schema.Directives, " "), Block(schema.OperationTypes)], " "),
        OperationTypeDefinitionNode operationType => Keyword(operationType.Operation) + ": " + PrintNode(operationType.Type),
        ScalarTypeDefinitionNode scalar => Head(scalar, "scalar") + Join([PrintNode(scalar.Name), Join(scalar.Directives, " ")], " ", leading: true),
        ObjectTypeDefinitionNode type => Head(type, "type") + PrintFieldsTail(type.Name, type.Interfaces, type.Directives, type.Fields),
        InterfaceTypeDefinitionNode type => Head(type, "interface") + PrintFieldsTail(type.Name, type.Interfaces, type.Directives, type.Fields),
        UnionTypeDefinitionNode union => Head(union, "union")
            + Join([PrintNode(union.Name), Join(union.Directives, " "), Wrap("= ", Join(union.Types, " | "))], " ", leading: true),
        EnumTypeDefinitionNode enumType => Head(enumType, "enum")
            + Join([PrintNode(enumType.Name), Join(enumType.Directives, " "), Block(enumType.Values)], " ", leading: true),
        InputObjectTypeDefinitionNode input => Head(input, "input")
            + Join([PrintNode(input.Name), Join(input.Directives, " "), Block(input.Fields)], " ", leading: true),
        FieldDefinitionNode field => Describe(field.Description) + PrintNode(field.Name) + PrintArgumentDefinitions(field.Arguments)
            + ": " + PrintNode(field.Type) + Wrap(" ", Join(field.Directives, " ")),
        InputValueDefinitionNode input => Describe(input.Description) + PrintNode(input.Name) + ": " + PrintNode(input.Type)
            + Wrap(" = ", PrintNode(input.DefaultValue)) + Wrap(" ", Join(input.Directives, " ")),
        EnumValueDefinitionNode value => Describe(value.Description) + Join([PrintNode(value.Name), Join(value.Directives, " ")], " "),
        DirectiveDefinitionNode directive => Describe(directive.Description) + "directive @" + PrintNode(directive.Name)
            + PrintArgumentDefinitions(directive.Arguments) + (directive.Repeatable ? " repeatable" : "") + " on "
            + Join(directive.Locations, " | "),
        _ => throw new ArgumentException($"Unknown syntax node {node.GetType().Name}.", nameof(node)),
    };

    /// <summary>A type definition's description line and keyword, or <c>extend</c> and the keyword for an extension.</summary>
    private static string Head(TypeDefinitionNode type, string keyword) =>
        type.IsExtension ? "extend " + keyword : Describe(type.Description) + keyword;

    private static string PrintFieldsTail(
        NameNode name, IReadOnlyList<NamedTypeNode> interfaces, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<FieldDefinitionNode> fields) =>
        Join([PrintNode(name), Wrap("implements ", Join(interfaces, " & ")), Join(directives, " "), Block(fields)], " ", leading: true);

    /// <summary>Argument definitions go one a line as soon as any of them spans lines (a description does).</summary>
    private static string PrintArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        var printed = arguments.Select(PrintNode).ToList();
        return printed.Any(a => a.Contains('\n'))
            ? Wrap("(\n", Indent(Join(printed, "\n")), "\n)")
            : Wrap("(", Join(printed, ", "), ")");
    }

    private static string Describe(StringValueNode? description) => Wrap("", PrintNode(description), "\n");

    private static string Keyword(OperationType operation) => operation switch
    {
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => "query",
    };

    private static string Block(IEnumerable<SyntaxNode> nodes) => Wrap("{\n", Indent(Join(nodes, "\n")), "\n}");

    private static string Indent(string text) => text.Length == 0 ? "" : "  " + text.Replace("\n", "\n  ", StringComparison.Ordinal);

    private static string Wrap(string start, string text, string end = "") => text.Length == 0 ? "" : start + text + end;

    private static string Join(IEnumerable<SyntaxNode> nodes, string separator) => Join(nodes.Select(PrintNode), separator);

    /// <summary>Joins the non-empty parts; with <paramref name="leading"/>, the result starts with the separator (after a keyword).</summary>
    private static string Join(IEnumerable<string> parts, string separator, bool leading = false)
    {
        var joined = string.Join(separator, parts.Where(p => p.Length > 0));
        return leading && joined.Length > 0 ? separator + joined : joined;
    }
}
