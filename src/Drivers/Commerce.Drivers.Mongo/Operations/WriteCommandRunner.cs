using Commerce.Drivers.Mongo.Bson;
using Commerce.Drivers.Mongo.Sessions;
using Commerce.Drivers.Mongo.Wire;

namespace Commerce.Drivers.Mongo.Operations;

/// <summary>
/// Sends statements as insert/update/delete commands with the statements in a kind 1 document
/// sequence, split so no command exceeds the server's batch count or message size.
/// </summary>
internal static class WriteCommandRunner
{
    // Server defaults from hello (maxWriteBatchSize, maxMessageSizeBytes), with headroom for the body.
    private const int MaxBatchCount = 100_000;
    private const int MaxBatchBytes = 48_000_000 - 16 * 1024;

    public static async Task<List<WriteBatch>> RunAsync(
        OperationExecutor executor,
        string database,
        string collection,
        WriteCommandKind kind,
        IReadOnlyList<BsonDocument> statements,
        bool ordered,
        WriteConcern? writeConcern,
        ClientSessionHandle? session,
        CancellationToken cancellationToken)
    {
        var replies = new List<WriteBatch>();
        var offset = 0;
        while (offset < statements.Count)
        {
            var count = 0;
            var bytes = 0;
            while (offset + count < statements.Count && count < MaxBatchCount)
            {
                var size = BsonSize.Of(statements[offset + count]);
                if (count > 0 && bytes + size > MaxBatchBytes)
                {
                    break;
                }

                bytes += size;
                count++;
            }

            var command = new BsonDocument { { kind.CommandName, collection }, { "ordered", ordered } };
            if (writeConcern is not null && session?.IsInTransaction != true)
            {
                command.Add("writeConcern", writeConcern.ToBsonDocument());
            }

            var batch = new DocumentSequence(kind.SequenceName, statements.Skip(offset).Take(count).ToList());
            var reply = await executor.RunAsync(database, command, [batch], session, retryableRead: false, cancellationToken).ConfigureAwait(false);
            replies.Add(new WriteBatch(offset, reply));
            offset += count;
            if (ordered && reply.Contains("writeErrors"))
            {
                break;
            }
        }

        return replies;
    }
}
