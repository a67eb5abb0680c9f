using Commerce.GraphQL.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Commerce.GraphQL.AspNetCore.PersistedOperations;

/// <summary>
/// Turns request parameters into the document text to execute, applying automatic persisted queries
/// (<c>extensions.persistedQuery = {version: 1, sha256Hash}</c>: a hash alone looks the document up, a hash with the
/// text registers it after checking that the hash is the text's) and, when configured, the trusted-documents-only
/// policy (a document whose hash is not on the list is refused with PERSISTED_QUERY_NOT_ALLOWED).
/// </summary>
public sealed class PersistedOperationResolver(
    IOptions<GraphQLServerOptions> options,
    IPersistedOperationStore store,
    TrustedDocuments trusted)
{
    private readonly PersistedOperationOptions _options = options.Value.PersistedOperations;

    public async ValueTask<ResolvedDocument> ResolveAsync(GraphQLRequestParameters parameters, CancellationToken cancellationToken)
    {
        var persisted = parameters.Extensions is not null && parameters.Extensions.TryGetValue("persistedQuery", out var value) ? value : null;
        if (persisted is null)
        {
            return ResolveText(parameters.Query!);
        }

        if (persisted is not IReadOnlyDictionary<string, object?> descriptor
            || !descriptor.TryGetValue("sha256Hash", out var hashValue)
            || hashValue is not string hash
            || hash.Length == 0)
        {
            return ResolvedDocument.Fail(GraphQLError.Coded("extensions.persistedQuery must be {\"version\": 1, \"sha256Hash\": \"<hex>\"}.", ErrorCodes.BadUserInput));
        }

        if (descriptor.TryGetValue("version", out var version) && version is not 1)
        {
            return ResolvedDocument.Fail(GraphQLError.Coded("Unsupported persisted query version; only version 1 is known.", ErrorCodes.BadUserInput));
        }

        if (parameters.Query is { } text)
        {
            if (!string.Equals(DocumentHash.Sha256Hex(text), hash, StringComparison.OrdinalIgnoreCase))
            {
                return ResolvedDocument.Fail(GraphQLError.Coded("provided sha does not match query", ErrorCodes.BadUserInput));
            }

            if (_options.OnlyTrustedDocuments)
            {
                return trusted.Contains(hash) ? ResolvedDocument.Ok(text, hash) : NotAllowed();
            }

            if (_options.EnableAutomaticPersistedQueries)
            {
                await store.SaveAsync(hash, text, cancellationToken);
            }

            return ResolvedDocument.Ok(text, hash);
        }

        if (trusted.TryGet(hash, out var trustedText))
        {
            return ResolvedDocument.Ok(trustedText, hash);
        }

        if (!_options.OnlyTrustedDocuments && _options.EnableAutomaticPersistedQueries
            && await store.TryGetAsync(hash, cancellationToken) is { } stored)
        {
            return ResolvedDocument.Ok(stored, hash);
        }

        return _options.OnlyTrustedDocuments
            ? NotAllowed()
            : ResolvedDocument.Fail(GraphQLError.Coded("PersistedQueryNotFound", ErrorCodes.PersistedQueryNotFound));
    }

    private ResolvedDocument ResolveText(string text)
    {
        if (!_options.OnlyTrustedDocuments)
        {
            return ResolvedDocument.Ok(text, null);
        }

        var hash = DocumentHash.Sha256Hex(text);
        return trusted.Contains(hash) ? ResolvedDocument.Ok(text, hash) : NotAllowed();
    }

    private static ResolvedDocument NotAllowed() =>
        ResolvedDocument.Fail(GraphQLError.Coded("Only trusted documents may be executed; this one is not on the list.", ErrorCodes.PersistedQueryNotAllowed));
}

/// <summary>The document text to execute and its hash, or the request error that stops the request.</summary>
public readonly record struct ResolvedDocument(string? Text, string? Hash, GraphQLError? Error)
{
    public static ResolvedDocument Ok(string text, string? hash) => new(text, hash, null);

    public static ResolvedDocument Fail(GraphQLError error) => new(null, null, error);
}
