using Commerce.GraphQL.Language;

namespace Commerce.GraphQL.AspNetCore.Http;

/// <summary>
/// Tells which operation type a document's selected operation has, so GET can refuse a mutation with 405
/// before anything executes. Null when that cannot be told (a syntax error, no such operation): the executor
/// then reports the request error itself, with the status code a request error gets.
/// </summary>
public static class OperationTypeProbe
{
    public static OperationType? Probe(string document, string? operationName)
    {
        DocumentNode parsed;
        try
        {
            parsed = Parser.Parse(document);
        }
        catch (GraphQLException)
        {
            return null;
        }

        OperationDefinitionNode? selected = null;
        foreach (var definition in parsed.Definitions)
        {
            if (definition is not OperationDefinitionNode operation)
            {
                continue;
            }

            if (operationName is null)
            {
                if (selected is not null)
                {
                    return null;
                }

                selected = operation;
            }
            else if (operation.Name?.Value == operationName)
            {
                return operation.Operation;
            }
        }

        return selected?.Operation;
    }
}
