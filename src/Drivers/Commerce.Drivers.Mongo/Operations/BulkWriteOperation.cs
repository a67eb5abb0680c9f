using Commerce.Drivers.Mongo.Bson;
using Commerce.Drivers.Mongo.Sessions;

namespace Commerce.Drivers.Mongo.Operations;

/// <summary>
/// Runs mixed write models as few commands as possible: consecutive models of one kind share a
/// command. Ordered bulks stop at the first failing statement; unordered ones go on and report all.
/// </summary>
internal sealed class BulkWriteOperation<T>(MongoCollection<T> collection, OperationExecutor executor, string database, string collectionName, WriteConcern? writeConcern)
{
    private sealed record Run(WriteCommandKind Kind, List<BsonDocument> Statements, List<int> Indexes);

    public async Task<BulkWriteResult> ExecuteAsync(ClientSessionHandle? session, IEnumerable<WriteModel<T>> requests, bool ordered, CancellationToken cancellationToken)
    {
        var runs = Group(requests);
        if (runs.Count == 0)
        {
            throw new ArgumentException("A bulk write needs at least one request.", nameof(requests));
        }

        long inserted = 0, matched = 0, modified = 0, deleted = 0;
        var upserts = new List<BulkWriteUpsert>();
        var errors = new List<WriteError>();
        BsonDocument? writeConcernFailure = null;

        foreach (var run in runs)
        {
            var batches = await WriteCommandRunner.RunAsync(executor, database, collectionName, run.Kind, run.Statements, ordered, writeConcern, session, cancellationToken).ConfigureAwait(false);
            foreach (var batch in batches)
            {
                var reply = batch.Reply;
                var n = reply.GetValueOrDefault("n")?.ToInt64() ?? 0;
                var upserted = reply.GetValueOrDefault("upserted") as BsonArray ?? [];
                if (run.Kind == WriteCommandKind.Insert)
                {
                    inserted += n;
                }
                else if (run.Kind == WriteCommandKind.Delete)
                {
                    deleted += n;
                }
                else
                {
                    matched += n - upserted.Count;
                    modified += reply.GetValueOrDefault("nModified")?.ToInt64() ?? 0;
                    upserts.AddRange(upserted.OfType<BsonDocument>().Select(u => new BulkWriteUpsert(run.Indexes[batch.Offset + u["index"].ToInt32()], u["_id"])));
                }

                errors.AddRange(ServerErrors.ReadWriteErrors(reply, batch.Offset).Select(e => e with { Index = run.Indexes[e.Index] }));
                writeConcernFailure ??= reply.Contains("writeConcernError") ? reply : null;
            }

            if (ordered && errors.Count > 0)
            {
                break;
            }
        }

        var result = new BulkWriteResult(inserted, matched, modified, deleted, upserts);
        if (errors.Count > 0)
        {
            var first = errors[0];
            throw new MongoBulkWriteException($"Bulk write failed at request {first.Index} with error {first.Code} ({first.CodeName}): {first.Message}", errors, result);
        }

        if (writeConcernFailure is not null)
        {
            ServerErrors.ThrowIfWriteConcernFailed(writeConcernFailure);
        }

        return result;
    }

    private List<Run> Group(IEnumerable<WriteModel<T>> requests)
    {
        var runs = new List<Run>();
        var index = 0;
        foreach (var request in requests)
        {
            var (kind, statement) = request switch
            {
                InsertOneModel<T> m => (WriteCommandKind.Insert, collection.ToInsertDocument(m.Document)),
                UpdateOneModel<T> m => (WriteCommandKind.Update, WriteStatements.Update(m.Filter, m.Update, false, m.IsUpsert, m.ArrayFilters)),
                UpdateManyModel<T> m => (WriteCommandKind.Update, WriteStatements.Update(m.Filter, m.Update, true, m.IsUpsert, m.ArrayFilters)),
                ReplaceOneModel<T> m => (WriteCommandKind.Update, WriteStatements.Update(m.Filter, collection.ToReplacementDocument(m.Replacement), false, m.IsUpsert, null)),
                DeleteOneModel<T> m => (WriteCommandKind.Delete, WriteStatements.Delete(m.Filter, false)),
                DeleteManyModel<T> m => (WriteCommandKind.Delete, WriteStatements.Delete(m.Filter, true)),
                _ => throw new ArgumentException($"Unsupported write model {request.GetType().Name}.", nameof(requests)),
            };

            if (runs.Count == 0 || runs[^1].Kind != kind)
            {
                runs.Add(new Run(kind, [], []));
            }

            runs[^1].Statements.Add(statement);
            runs[^1].Indexes.Add(index++);
        }

        return runs;
    }
}
