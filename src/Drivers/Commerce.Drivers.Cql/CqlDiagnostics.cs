using System.Diagnostics;

namespace Commerce.Drivers.Cql;

/// <summary>Each network round trip is an Activity of this source (see CONTRIBUTING.md, Tracing).</summary>
public static class CqlDiagnostics
{
    public const string SourceName = "Commerce.Drivers.Cql";

    internal static ActivitySource Source { get; } = new(SourceName);

    /// <summary>db.operation: the opcode and the statement's first CQL keyword, e.g. "EXECUTE SELECT".</summary>
    internal static string Operation(string opcode, string? cql) =>
        cql is not null && FirstKeyword(cql) is { } keyword ? $"{opcode} {keyword}" : opcode;

    /// <summary>Starts the activity of one request.</summary>
    internal static Activity? StartRequest(string operation, string? cql, string? keyspace, System.Net.IPEndPoint host)
    {
        if (!Source.HasListeners()) return null;
        var activity = Source.StartActivity(operation, ActivityKind.Client);
        if (activity is null) return null;
        activity.SetTag("db.system", "cassandra");
        activity.SetTag("db.operation", operation);
        if (cql is not null) activity.SetTag("db.statement", cql);
        if (keyspace is not null) activity.SetTag("db.name", keyspace);
        activity.SetTag("server.address", host.Address.ToString());
        activity.SetTag("server.port", host.Port);
        return activity;
    }

    internal static string? FirstKeyword(string cql)
    {
        var span = cql.AsSpan().TrimStart();
        // Skip leading comments, which CQL allows before the statement.
        while (span.StartsWith("--") || span.StartsWith("//") || span.StartsWith("/*"))
        {
            var end = span.StartsWith("/*") ? span.IndexOf("*/") : span.IndexOfAny('\n', '\r');
            span = end < 0 ? [] : span[(end + (span.StartsWith("/*") ? 2 : 1))..].TrimStart();
        }
        var length = 0;
        while (length < span.Length && char.IsAsciiLetter(span[length])) length++;
        return length == 0 ? null : span[..length].ToString().ToUpperInvariant();
    }

    internal static void Fail(Activity? activity, Exception exception)
    {
        if (activity is null) return;
        activity.SetStatus(ActivityStatusCode.Error, exception.Message);
        activity.SetTag("error.type", exception.GetType().Name);
        if (exception is CqlServerException server) activity.SetTag("db.response.status_code", $"0x{server.ErrorCode:X4}");
    }
}
