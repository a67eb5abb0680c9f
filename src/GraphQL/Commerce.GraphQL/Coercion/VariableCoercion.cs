using Commerce.GraphQL.Language;
using Commerce.GraphQL.Types;

namespace Commerce.GraphQL.Coercion;

/// <summary>
/// The spec's CoerceVariableValues (6.1.2) with graphql-js's messages. A variable neither given nor defaulted is
/// absent from the result, which is how argument coercion tells "not provided" from null.
/// </summary>
public static class VariableCoercion
{
    /// <summary>Coerces the request's variable values; on failure returns null and the request errors (at most <paramref name="maxErrors"/>).</summary>
    public static IReadOnlyDictionary<string, object?>? CoerceVariableValues(
        Schema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?>? inputs,
        out IReadOnlyList<GraphQLError> errors,
        int maxErrors = 50)
    {
        if (operation.VariableDefinitions.Count == 0)
        {
            errors = [];
            return Empty;
        }

        var found = new List<GraphQLError>();
        var coerced = new Dictionary<string, object?>(operation.VariableDefinitions.Count, StringComparer.Ordinal);
        try
        {
            foreach (var definition in operation.VariableDefinitions)
            {
                CoerceVariable(schema, definition, inputs, coerced, found, maxErrors);
            }
        }
        catch (TooManyErrors)
        {
            found.Add(GraphQLError.Coded("Too many errors processing variables, error limit reached. Execution aborted.", ErrorCodes.BadUserInput));
        }

        errors = found;
        return found.Count == 0 ? coerced : null;
    }

    private static readonly IReadOnlyDictionary<string, object?> Empty = new Dictionary<string, object?>();

    private static void CoerceVariable(
        Schema schema,
        VariableDefinitionNode definition,
        IReadOnlyDictionary<string, object?>? inputs,
        Dictionary<string, object?> coerced,
        List<GraphQLError> errors,
        int maxErrors)
    {
        var name = definition.Variable.Name.Value;
        var type = TypeFromAst.Get(schema, definition.Type);
        if (type is null || !type.IsInputType)
        {
            Report(errors, maxErrors, $"Variable \"${name}\" expected value of type \"{Printer.Print(definition.Type)}\" which cannot be used as an input type.", definition.Type);
            return;
        }

        if (inputs is null || !inputs.TryGetValue(name, out var value))
        {
            if (definition.DefaultValue is not null)
            {
                coerced[name] = ValueFromAst.TryGetValue(definition.DefaultValue, type, null, out var defaultValue) ? defaultValue : null;
            }
            else if (type is NonNullType)
            {
                Report(errors, maxErrors, $"Variable \"${name}\" of required type \"{type}\" was not provided.", definition);
            }

            return;
        }

        if (value is null && type is NonNullType)
        {
            Report(errors, maxErrors, $"Variable \"${name}\" of non-null type \"{type}\" must not be null.", definition);
            return;
        }

        coerced[name] = InputCoercion.CoerceInputValue(value, type, (path, invalid, message) =>
        {
            var prefix = $"Variable \"${name}\" got invalid value {ValueDisplay.Inspect(invalid)}";
            if (path is not null)
            {
                prefix += $" at \"{name}{InputPath.Print(path)}\"";
            }

            Report(errors, maxErrors, prefix + "; " + message, definition);
        });
    }

    private static void Report(List<GraphQLError> errors, int maxErrors, string message, SyntaxNode node)
    {
        if (errors.Count >= maxErrors)
        {
            throw new TooManyErrors();
        }

        errors.Add(GraphQLError.Coded(message, ErrorCodes.BadUserInput, node.Location is { } location ? [location] : null));
    }

    private sealed class TooManyErrors : Exception;
}
