namespace Commerce.GraphQL.AspNetCore.Http;

/// <summary>The four parameters of a GraphQL-over-HTTP request (spec "Request Parameters"), already type-checked.</summary>
public sealed record GraphQLRequestParameters(
    string? Query,
    string? OperationName,
    IReadOnlyDictionary<string, object?>? Variables,
    IReadOnlyDictionary<string, object?>? Extensions);

/// <summary>Either the parameters or why the request is not a well-formed GraphQL-over-HTTP request (400).</summary>
public readonly record struct ParametersOrError(GraphQLRequestParameters? Parameters, string? Error)
{
    public static ParametersOrError Ok(GraphQLRequestParameters parameters) => new(parameters, null);

    public static ParametersOrError Fail(string error) => new(null, error);
}
