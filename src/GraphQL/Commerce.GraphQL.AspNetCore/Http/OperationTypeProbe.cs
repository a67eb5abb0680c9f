using Commerce.GraphQL.Language;

namespace Commerce.GraphQL.AspNetCore.Http;

/// <summary>
/// Tells which operation type a document's selected operation has, so GET can refuse a mutation with 405
/// before anything executes. Null when that cannot be told (no such operation, a syntax error): the executor
/// then reports the request error itself.
/// </summary>
public static class OperationTypeProbe
{
    public static OperationType? Probe(string document, string? operationName)
    {
        // TODO(host): parse with the engine's parser once it is on main; until then only the executor's
        // AllowedOperations check stands between GET and a mutation.
        _ = document;
        _ = operationName;
        return null;
    }
}
