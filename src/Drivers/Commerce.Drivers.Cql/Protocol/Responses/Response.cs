namespace Commerce.Drivers.Cql.Protocol.Responses;

/// <summary>A decoded response message with what the frame carried before its body: tracing id, v4 warnings and custom payload.</summary>
internal abstract record Response
{
    public Guid? TracingId { get; init; }

    public IReadOnlyList<string> Warnings { get; init; } = [];

    public IReadOnlyDictionary<string, byte[]?>? CustomPayload { get; init; }
}

internal sealed record ReadyResponse : Response;

internal sealed record AuthenticateResponse(string Authenticator) : Response;

internal sealed record AuthChallengeResponse(byte[]? Token) : Response;

internal sealed record AuthSuccessResponse(byte[]? Token) : Response;

internal sealed record SupportedResponse(IReadOnlyDictionary<string, IReadOnlyList<string>> Options) : Response;

internal sealed record ErrorResponse(CqlServerException Exception) : Response;

internal sealed record EventResponse(string EventType) : Response;
