using Commerce.GraphQL.Language;
using Commerce.GraphQL.Types;

namespace Commerce.GraphQL.Coercion;

/// <summary>
/// The spec's CoerceArgumentValues (6.4.1), for fields and directives, with graphql-js's messages. Arguments
/// neither given nor defaulted are absent from the result; a failure throws <see cref="GraphQLException"/>.
/// </summary>
public static class ArgumentCoercion
{
    public static Dictionary<string, object?> CoerceArgumentValues(
        FieldCollection<InputField> definitions,
        IReadOnlyList<ArgumentNode> arguments,
        IReadOnlyDictionary<string, object?>? variables,
        SyntaxNode owner)
    {
        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var name = definition.Name;
            var type = definition.Type;
            var argument = Find(arguments, name);
            if (argument is null)
            {
                if (definition.DefaultValue is not null)
                {
                    coerced[name] = DefaultValues.Of(definition);
                }
                else if (type is NonNullType)
                {
                    throw Error($"Argument \"{name}\" of required type \"{type}\" was not provided.", owner);
                }

                continue;
            }

            var literal = argument.Value;
            var isNull = literal is NullValueNode;
            if (literal is VariableNode variable)
            {
                var variableName = variable.Name.Value;
                if (variables is null || !variables.TryGetValue(variableName, out var variableValue))
                {
                    if (definition.DefaultValue is not null)
                    {
                        coerced[name] = DefaultValues.Of(definition);
                    }
                    else if (type is NonNullType)
                    {
                        throw Error($"Argument \"{name}\" of required type \"{type}\" was provided the variable \"${variableName}\" which was not provided a runtime value.", literal);
                    }

                    continue;
                }

                isNull = variableValue is null;
            }

            if (isNull && type is NonNullType)
            {
                throw Error($"Argument \"{name}\" of non-null type \"{type}\" must not be null.", literal);
            }

            if (!ValueFromAst.TryGetValue(literal, type, variables, out var value))
            {
                throw Error($"Argument \"{name}\" has invalid value {Printer.Print(literal)}.", literal);
            }

            coerced[name] = value;
        }

        return coerced;
    }

    /// <summary>True when no argument of the list names a variable, so its coerced values are the same for every request.</summary>
    public static bool IsConstant(IReadOnlyList<ArgumentNode> arguments)
    {
        foreach (var argument in arguments)
        {
            if (!IsConstant(argument.Value))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsConstant(ValueNode value) => value switch
    {
        VariableNode => false,
        ListValueNode list => list.Values.All(IsConstant),
        ObjectValueNode obj => obj.Fields.All(f => IsConstant(f.Value)),
        _ => true,
    };

    private static ArgumentNode? Find(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i].Name.Value == name)
            {
                return arguments[i];
            }
        }

        return null;
    }

    private static GraphQLException Error(string message, SyntaxNode node) =>
        new(GraphQLError.Coded(message, ErrorCodes.BadUserInput, node.Location is { } location ? [location] : null));
}
