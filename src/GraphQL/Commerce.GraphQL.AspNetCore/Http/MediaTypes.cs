namespace Commerce.GraphQL.AspNetCore.Http;

public static class MediaTypes
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string EventStream = "text/event-stream";
    public const string Html = "text/html";
}

/// <summary>What the response will be, as chosen from the request's Accept header.</summary>
public enum ResponseFormat
{
    /// <summary>Nothing the client accepts is something we can send (406).</summary>
    NotAcceptable,
    GraphQLResponseJson,
    Json,
    EventStream,
    Html,
}
