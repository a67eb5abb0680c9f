using Commerce.GraphQL.Language;

namespace Commerce.GraphQL;

/// <summary>
/// An error as the spec's section 7.1.2 shapes it: a message, the source locations it refers to, the
/// response path of the field that raised it, and <c>extensions</c> (always with a <c>code</c> a client can act on).
/// </summary>
public sealed class GraphQLError
{
    public GraphQLError(
        string message,
        IReadOnlyList<Location>? locations = null,
        IReadOnlyList<object>? path = null,
        IReadOnlyDictionary<string, object?>? extensions = null,
        Exception? exception = null)
    {
        Message = message;
        Locations = locations;
        Path = path;
        Extensions = extensions;
        Exception = exception;
    }

    public string Message { get; }

    /// <summary>Line and column of each node the error is about; null when none.</summary>
    public IReadOnlyList<Location>? Locations { get; }

    /// <summary>Response keys (string) and list indices (int) leading to the field; null for request errors.</summary>
    public IReadOnlyList<object>? Path { get; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>The exception behind the error, for logging; never serialized.</summary>
    public Exception? Exception { get; }

    public string? Code => Extensions is not null && Extensions.TryGetValue("code", out var code) ? code as string : null;

    public GraphQLError WithPath(IReadOnlyList<object> path) => new(Message, Locations, path, Extensions, Exception);

    public GraphQLError WithLocations(IReadOnlyList<Location> locations) => new(Message, locations, Path, Extensions, Exception);

    public static GraphQLError Coded(string message, string code, IReadOnlyList<Location>? locations = null) =>
        new(message, locations, extensions: new Dictionary<string, object?> { ["code"] = code });

    public override string ToString() => Message;
}

/// <summary>Well-known values of <c>extensions.code</c>.</summary>
public static class ErrorCodes
{
    public const string SyntaxError = "GRAPHQL_PARSE_FAILED";
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string OperationNotFound = "OPERATION_NOT_FOUND";
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";
    public const string PersistedQueryNotAllowed = "PERSISTED_QUERY_NOT_ALLOWED";
    public const string QueryTooComplex = "QUERY_TOO_COMPLEX";
    public const string InternalError = "INTERNAL_ERROR";
    public const string NotFound = "NOT_FOUND";
    public const string Forbidden = "FORBIDDEN";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string StoreUnavailable = "STORE_UNAVAILABLE";
}

/// <summary>Thrown to abort with one or more GraphQL errors (by the parser, by coercion, or by a resolver with a code).</summary>
public class GraphQLException : Exception
{
    public GraphQLException(GraphQLError error) : base(error.Message) => Errors = [error];

    public GraphQLException(IReadOnlyList<GraphQLError> errors) : base(errors.Count > 0 ? errors[0].Message : "GraphQL error") => Errors = errors;

    public GraphQLException(string message, string code) : this(GraphQLError.Coded(message, code))
    {
    }

    public IReadOnlyList<GraphQLError> Errors { get; }
}

/// <summary>A document that is not valid GraphQL syntax; the message reads "Syntax Error: ..." as graphql-js's does.</summary>
public sealed class GraphQLSyntaxException(string description, Location location)
    : GraphQLException(GraphQLError.Coded("Syntax Error: " + description, ErrorCodes.SyntaxError, [location]))
{
    public Location Location { get; } = location;
}
