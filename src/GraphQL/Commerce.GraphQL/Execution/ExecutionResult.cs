namespace Commerce.GraphQL.Execution;

/// <summary>What executing a request produced: one <see cref="OperationResult"/>, or a <see cref="ResponseStream"/> for a subscription.</summary>
public interface IExecutionResult;

/// <summary>
/// One response (spec 7.1). A request error (syntax, validation, variable coercion, unknown operation) has
/// errors and no <c>data</c> entry at all: <see cref="HasData"/> is false. A field error leaves <c>data</c> present.
/// </summary>
public sealed class OperationResult : IExecutionResult
{
    public OperationResult(ResultMap? data, IReadOnlyList<GraphQLError>? errors = null, bool hasData = true)
    {
        Data = data;
        Errors = errors is { Count: > 0 } ? errors : null;
        HasData = hasData;
    }

    /// <summary>The data entry; null with <see cref="HasData"/> true means <c>"data": null</c>.</summary>
    public ResultMap? Data { get; }

    public bool HasData { get; }

    public IReadOnlyList<GraphQLError>? Errors { get; }

    /// <summary>The response's <c>extensions</c> (tracing figures, ...); transports may add to it.</summary>
    public Dictionary<string, object?>? Extensions { get; set; }

    /// <summary>True when the request failed before execution began (no <c>data</c> entry).</summary>
    public bool IsRequestError => !HasData;

    public static OperationResult RequestError(IReadOnlyList<GraphQLError> errors) => new(null, errors, hasData: false);

    public static OperationResult RequestError(GraphQLError error) => new(null, [error], hasData: false);
}

/// <summary>The results of a subscription: one <see cref="OperationResult"/> per source event, until the source completes.</summary>
public sealed class ResponseStream(IAsyncEnumerable<OperationResult> results) : IExecutionResult
{
    public IAsyncEnumerable<OperationResult> ReadResultsAsync() => results;
}
