using System.Net;

namespace Commerce.Drivers.Cql;

/// <summary>No contact point could serve the request; <see cref="Errors"/> says why for each host tried.</summary>
public sealed class NoHostAvailableException : DriverException
{
    public NoHostAvailableException(IReadOnlyDictionary<IPEndPoint, Exception> errors)
        : base(Describe(errors), errors.Values.FirstOrDefault())
    {
        Errors = errors;
    }

    public IReadOnlyDictionary<IPEndPoint, Exception> Errors { get; }

    private static string Describe(IReadOnlyDictionary<IPEndPoint, Exception> errors) =>
        errors.Count == 0
            ? "No host is available (no contact point given)."
            : "No host is available: " + string.Join("; ", errors.Select(e => $"{e.Key}: {e.Value.Message}"));
}
