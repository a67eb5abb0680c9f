using System.Globalization;
using Commerce.Drivers.Mongo.Bson;
using Commerce.Drivers.Mongo.Cursors;
using Commerce.Drivers.Mongo.Operations;

namespace Commerce.Drivers.Mongo;

internal sealed class MongoIndexManager<T>(OperationExecutor executor, string database, string collection) : IMongoIndexManager<T>
{
    public async Task<string> CreateOneAsync(CreateIndexModel<T> model, CancellationToken cancellationToken = default) =>
        (await CreateManyAsync([model], cancellationToken).ConfigureAwait(false))[0];

    public async Task<IReadOnlyList<string>> CreateManyAsync(IEnumerable<CreateIndexModel<T>> models, CancellationToken cancellationToken = default)
    {
        var indexes = new BsonArray();
        var names = new List<string>();
        foreach (var model in models)
        {
            var name = model.Options?.Name ?? DefaultName(model.Keys);
            names.Add(name);
            indexes.Add(Specification(model, name));
        }

        var command = new BsonDocument { { "createIndexes", collection }, { "indexes", indexes } };
        await executor.RunAsync(database, command, null, null, retryableRead: false, cancellationToken).ConfigureAwait(false);
        return names;
    }

    public async Task DropOneAsync(string name, CancellationToken cancellationToken = default)
    {
        var command = new BsonDocument { { "dropIndexes", collection }, { "index", name } };
        await executor.RunAsync(database, command, null, null, retryableRead: false, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IAsyncCursor<BsonDocument>> ListAsync(CancellationToken cancellationToken = default)
    {
        var reply = await executor.RunAsync(database, new BsonDocument("listIndexes", collection), null, null, retryableRead: true, cancellationToken).ConfigureAwait(false);
        return new AsyncCursor<BsonDocument>(executor, reply, null, null, d => d);
    }

    /// <summary>The server's naming convention: each key and its direction or type, joined by underscores.</summary>
    internal static string DefaultName(BsonDocument keys) =>
        string.Join("_", keys.Select(k => $"{k.Name}_{KeyValue(k.Value)}"));

    private static string KeyValue(BsonValue value) => value switch
    {
        BsonString s => s.Value,
        BsonDouble d => d.Value.ToString(CultureInfo.InvariantCulture),
        _ => value.ToInt64().ToString(CultureInfo.InvariantCulture),
    };

    private static BsonDocument Specification(CreateIndexModel<T> model, string name)
    {
        var spec = new BsonDocument { { "key", model.Keys }, { "name", name } };
        var options = model.Options;
        if (options is null)
        {
            return spec;
        }

        if (options.Unique is { } unique)
        {
            spec.Add("unique", unique);
        }

        if (options.Sparse is { } sparse)
        {
            spec.Add("sparse", sparse);
        }

        if (options.ExpireAfter is { } ttl)
        {
            spec.Add("expireAfterSeconds", (long)ttl.TotalSeconds);
        }

        if (options.DefaultLanguage is { } language)
        {
            spec.Add("default_language", language);
        }

        if (options.Weights is { } weights)
        {
            spec.Add("weights", weights);
        }

        if (options.PartialFilterExpression is { } partial)
        {
            spec.Add("partialFilterExpression", partial);
        }

        return spec;
    }
}
