namespace Commerce.Drivers.Bolt.Protocol;

/// <summary>Builds the request messages in the shape each Bolt version defines.</summary>
internal static class Requests
{
    public const byte InitSignature = 0x01;
    public const byte HelloSignature = 0x01;
    public const byte GoodbyeSignature = 0x02;
    public const byte AckFailureSignature = 0x0E;
    public const byte ResetSignature = 0x0F;
    public const byte RunSignature = 0x10;
    public const byte BeginSignature = 0x11;
    public const byte CommitSignature = 0x12;
    public const byte RollbackSignature = 0x13;
    public const byte DiscardSignature = 0x2F;
    public const byte PullSignature = 0x3F;
    public const byte LogonSignature = 0x6A;
    public const byte LogoffSignature = 0x6B;

    private static readonly Dictionary<string, object?> NoEntries = new();

    /// <summary>v1-v2: INIT user_agent auth_token.</summary>
    public static Request Init(string userAgent, IReadOnlyDictionary<string, object?> auth) =>
        new(InitSignature, "INIT", [userAgent, auth]);

    /// <summary>
    /// v3+: HELLO {extra}. Until 5.0 the auth token rides in HELLO; from 5.1 it moves to LOGON.
    /// bolt_agent exists from 5.3.
    /// </summary>
    public static Request Hello(BoltVersion version, string userAgent, IReadOnlyDictionary<string, object?> auth, IReadOnlyDictionary<string, object?>? boltAgent)
    {
        var extra = new Dictionary<string, object?> { ["user_agent"] = userAgent };
        if (version < BoltVersion.V5_1)
            foreach (var (key, value) in auth) extra[key] = value;
        if (version >= BoltVersion.V5_3 && boltAgent is not null) extra["bolt_agent"] = boltAgent;
        return new(HelloSignature, "HELLO", [extra]);
    }

    public static Request Logon(IReadOnlyDictionary<string, object?> auth) => new(LogonSignature, "LOGON", [auth]);

    public static Request Logoff() => new(LogoffSignature, "LOGOFF", []);

    public static Request Goodbye() => new(GoodbyeSignature, "GOODBYE", []);

    public static Request AckFailure() => new(AckFailureSignature, "ACK_FAILURE", []);

    public static Request Reset() => new(ResetSignature, "RESET", []);

    /// <summary>RUN query parameters, plus the extra dictionary from v3 on.</summary>
    public static Request Run(BoltVersion version, string query, IReadOnlyDictionary<string, object?>? parameters, IReadOnlyDictionary<string, object?>? extra = null) =>
        version < BoltVersion.V3
            ? new(RunSignature, "RUN", [query, parameters ?? NoEntries]) { Operation = FirstKeyword(query) }
            : new(RunSignature, "RUN", [query, parameters ?? NoEntries, extra ?? NoEntries]) { Operation = FirstKeyword(query) };

    /// <summary>v1-v3 PULL_ALL; v4+ PULL {n[, qid]} where n = -1 means all.</summary>
    public static Request Pull(BoltVersion version, long n, long? qid = null) =>
        version < BoltVersion.V4_0
            ? new(PullSignature, "PULL_ALL", [])
            : new(PullSignature, "PULL", [StreamExtra(n, qid)]);

    /// <summary>v1-v3 DISCARD_ALL; v4+ DISCARD {n[, qid]}.</summary>
    public static Request Discard(BoltVersion version, long n = -1, long? qid = null) =>
        version < BoltVersion.V4_0
            ? new(DiscardSignature, "DISCARD_ALL", [])
            : new(DiscardSignature, "DISCARD", [StreamExtra(n, qid)]);

    public static Request Begin(IReadOnlyDictionary<string, object?> extra) => new(BeginSignature, "BEGIN", [extra]);

    public static Request Commit() => new(CommitSignature, "COMMIT", []);

    public static Request Rollback() => new(RollbackSignature, "ROLLBACK", []);

    /// <summary>
    /// The extra dictionary of BEGIN and of an auto-commit RUN (v3+): only the entries that
    /// differ from the server's defaults are sent.
    /// </summary>
    public static Dictionary<string, object?> TransactionExtra(
        BoltVersion version, IReadOnlyCollection<string> bookmarks, string? database, AccessMode mode,
        TimeSpan? timeout, IReadOnlyDictionary<string, object?>? metadata)
    {
        // Entry order follows the specification's examples (a dictionary's order carries no meaning).
        var extra = new Dictionary<string, object?>();
        if (mode == AccessMode.Read) extra["mode"] = "r";
        if (database is not null)
        {
            if (version < BoltVersion.V4_0)
                throw new ClientException(Exceptions.ClientErrorCodes.Unsupported,
                    $"Bolt {version} has no multi-database support; leave the session's database unset.");
            extra["db"] = database;
        }
        if (metadata is { Count: > 0 }) extra["tx_metadata"] = metadata;
        if (timeout is { } t) extra["tx_timeout"] = (long)t.TotalMilliseconds;
        if (bookmarks.Count > 0) extra["bookmarks"] = bookmarks.ToList();
        return extra;
    }

    /// <summary>The first keyword of a query (MATCH, CREATE, ...), which tracing reports as db.operation.</summary>
    public static string FirstKeyword(string query)
    {
        var span = query.AsSpan().TrimStart();
        var end = 0;
        while (end < span.Length && char.IsLetter(span[end])) end++;
        return end == 0 ? "RUN" : span[..end].ToString().ToUpperInvariant();
    }

    private static Dictionary<string, object?> StreamExtra(long n, long? qid)
    {
        var extra = new Dictionary<string, object?> { ["n"] = n };
        if (qid is { } id) extra["qid"] = id;
        return extra;
    }
}
