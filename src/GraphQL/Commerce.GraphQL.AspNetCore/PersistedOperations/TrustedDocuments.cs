using Microsoft.Extensions.Options;

namespace Commerce.GraphQL.AspNetCore.PersistedOperations;

/// <summary>The trusted list: configured documents plus every <c>*.graphql</c> file of the configured folder, by hash.</summary>
public sealed class TrustedDocuments
{
    private readonly Dictionary<string, string> _documents = new(StringComparer.OrdinalIgnoreCase);

    public TrustedDocuments(IOptions<GraphQLServerOptions> options)
    {
        var settings = options.Value.PersistedOperations;
        foreach (var (hash, document) in settings.TrustedDocuments)
        {
            _documents[hash] = document;
        }

        if (settings.TrustedDocumentsDirectory is { } directory && Directory.Exists(directory))
        {
            foreach (var file in Directory.EnumerateFiles(directory, "*.graphql"))
            {
                var document = File.ReadAllText(file);
                _documents[DocumentHash.Sha256Hex(document)] = document;
            }
        }
    }

    public bool TryGet(string hash, out string document) => _documents.TryGetValue(hash, out document!);

    public bool Contains(string hash) => _documents.ContainsKey(hash);
}
