using Commerce.Drivers.Mongo.Bson;

namespace Commerce.Drivers.Mongo;

/// <summary>Turns a command reply into the typed exception it stands for, or nothing when it succeeded.</summary>
public static class ServerErrors
{
    // NotWritablePrimary, NotPrimaryNoSecondaryOk, NotPrimaryOrSecondary, LegacyNotPrimary,
    // InterruptedDueToReplStateChange, PrimarySteppedDown (error codes reference, server 7.0).
    private static readonly HashSet<int> NotPrimaryCodes = [10107, 13435, 13436, 10058, 11602, 189];

    /// <summary>Command failure (<c>ok: 0</c>), write errors, then write concern errors.</summary>
    /// <param name="indexOffset">Where this reply's first statement sits in the caller's request (for split batches).</param>
    public static void ThrowIfFailed(BsonDocument reply, int indexOffset = 0)
    {
        ThrowIfCommandFailed(reply);
        ThrowIfWriteFailed(reply, indexOffset);
    }

    /// <summary>Only <c>ok: 0</c>; a write command's per-document errors are left for the caller.</summary>
    public static void ThrowIfCommandFailed(BsonDocument reply)
    {
        if (reply.TryGetValue("ok", out var ok) && ok.ToBoolean())
        {
            return;
        }

        var code = reply.TryGetValue("code", out var c) ? c.ToInt32() : 0;
        var codeName = reply.GetValueOrDefault("codeName") is BsonString n ? n.Value : null;
        var message = reply.GetValueOrDefault("errmsg") is BsonString m ? m.Value : "Command failed.";
        var labels = Labels(reply);
        var text = $"Command failed with error {code} ({codeName}): {message}";

        if (NotPrimaryCodes.Contains(code))
        {
            throw new MongoNotPrimaryException(text, code, codeName, reply, labels);
        }

        if (code == MongoDuplicateKeyException.DuplicateKeyCode)
        {
            var error = new WriteError(0, code, codeName, message, reply.GetValueOrDefault("keyValue") as BsonDocument, reply.GetValueOrDefault("keyPattern") as BsonDocument);
            throw new MongoDuplicateKeyException(text, [error], reply);
        }

        throw new MongoCommandException(text, code, codeName, reply, labels);
    }

    private static void ThrowIfWriteFailed(BsonDocument reply, int indexOffset)
    {
        var errors = ReadWriteErrors(reply, indexOffset);
        if (errors.Count > 0)
        {
            var first = errors[0];
            var text = $"Write failed with error {first.Code} ({first.CodeName}): {first.Message}";
            throw first.Code == MongoDuplicateKeyException.DuplicateKeyCode
                ? new MongoDuplicateKeyException(text, errors, reply)
                : new MongoWriteException(text, errors, reply);
        }

        ThrowIfWriteConcernFailed(reply);
    }

    public static void ThrowIfWriteConcernFailed(BsonDocument reply)
    {
        if (reply.GetValueOrDefault("writeConcernError") is BsonDocument wce)
        {
            var code = wce.TryGetValue("code", out var c) ? c.ToInt32() : 0;
            var codeName = wce.GetValueOrDefault("codeName") is BsonString n ? n.Value : null;
            var message = wce.GetValueOrDefault("errmsg") is BsonString m ? m.Value : "Write concern failed.";
            throw new MongoWriteConcernException($"Write concern error {code} ({codeName}): {message}", code, codeName, reply, Labels(reply));
        }
    }

    /// <summary>The <c>writeErrors</c> of a reply, with indexes shifted by where this batch started in the caller's list.</summary>
    public static List<WriteError> ReadWriteErrors(BsonDocument reply, int indexOffset)
    {
        var result = new List<WriteError>();
        if (reply.GetValueOrDefault("writeErrors") is not BsonArray errors)
        {
            return result;
        }

        foreach (var item in errors.OfType<BsonDocument>())
        {
            result.Add(new WriteError(
                indexOffset + (item.TryGetValue("index", out var i) ? i.ToInt32() : 0),
                item.TryGetValue("code", out var c) ? c.ToInt32() : 0,
                item.GetValueOrDefault("codeName") is BsonString n ? n.Value : null,
                item.GetValueOrDefault("errmsg") is BsonString m ? m.Value : "",
                item.GetValueOrDefault("keyValue") as BsonDocument,
                item.GetValueOrDefault("keyPattern") as BsonDocument));
        }

        return result;
    }

    private static List<string> Labels(BsonDocument reply) =>
        reply.GetValueOrDefault("errorLabels") is BsonArray labels ? labels.OfType<BsonString>().Select(l => l.Value).ToList() : [];
}
