using Commerce.GraphQL.Language;
using Commerce.GraphQL.Types;

namespace Commerce.GraphQL.Validation.Limits;

/// <summary>
/// Refuses operations above the configured depth, alias and cost limits (<see cref="ValidationOptions"/>) before
/// anything executes; each error has code <c>QUERY_TOO_COMPLEX</c> and says the limit and the measured value.
/// </summary>
public static class QueryLimits
{
    public static IReadOnlyList<GraphQLError> Check(Schema schema, DocumentNode document, ValidationOptions options)
    {
        if (options.MaxDepth is null && options.MaxAliases is null && options.MaxCost is null)
        {
            return [];
        }

        var errors = new List<GraphQLError>();
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }

        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode operation
                || (options.OperationName is not null && operation.Name?.Value != options.OperationName))
            {
                continue;
            }

            var kind = operation.Operation.ToString();
            if (options.MaxDepth is { } maxDepth)
            {
                var depth = new QueryDepthCalculator(fragments).Measure(operation);
                if (depth > maxDepth)
                {
                    errors.Add(Error($"{kind} depth {depth} exceeds the maximum allowed depth of {maxDepth}.", operation, maxDepth, depth));
                }
            }

            if (options.MaxAliases is { } maxAliases)
            {
                var aliases = new AliasCounter(fragments).Count(operation);
                if (aliases > maxAliases)
                {
                    errors.Add(Error($"{kind} uses {aliases} aliases, more than the maximum of {maxAliases}.", operation, maxAliases, aliases));
                }
            }

            if (options.MaxCost is { } maxCost)
            {
                var cost = new QueryCostCalculator(schema, fragments, options.Variables, options.DefaultListSize).Measure(operation);
                if (cost > maxCost)
                {
                    errors.Add(Error($"{kind} cost {cost} exceeds the maximum allowed cost of {maxCost}.", operation, maxCost, cost));
                }
            }
        }

        return errors;
    }

    private static GraphQLError Error(string message, OperationDefinitionNode operation, long limit, long measured)
    {
        var locations = operation.Location is { } location ? new[] { location } : null;
        return new GraphQLError(message, locations, extensions: new Dictionary<string, object?>
        {
            ["code"] = ErrorCodes.QueryTooComplex,
            ["limit"] = limit,
            ["measured"] = measured,
        });
    }
}
