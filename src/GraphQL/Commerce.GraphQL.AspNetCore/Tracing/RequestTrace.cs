namespace Commerce.GraphQL.AspNetCore.Tracing;

/// <summary>Round trips and time per store for one request; updated from whatever threads the drivers complete on.</summary>
public sealed class RequestTrace
{
    private readonly long[] _roundTrips = new long[StoreNames.All.Count];
    private readonly long[] _ticks = new long[StoreNames.All.Count];

    public void Record(string store, TimeSpan duration)
    {
        var index = IndexOf(store);
        Interlocked.Increment(ref _roundTrips[index]);
        Interlocked.Add(ref _ticks[index], duration.Ticks);
    }

    public long RoundTrips(string store) => Interlocked.Read(ref _roundTrips[IndexOf(store)]);

    public TimeSpan Duration(string store) => TimeSpan.FromTicks(Interlocked.Read(ref _ticks[IndexOf(store)]));

    /// <summary>
    /// The <c>extensions.tracing</c> entry: <c>{"postgres": {"roundTrips": n, "durationMs": x}, ..., "total": {...}}</c>,
    /// every store listed (zeros included) so clients can rely on the shape.
    /// </summary>
    public IReadOnlyDictionary<string, object?> ToExtension()
    {
        var entry = new Dictionary<string, object?>();
        long totalTrips = 0;
        long totalTicks = 0;
        for (var i = 0; i < StoreNames.All.Count; i++)
        {
            var trips = Interlocked.Read(ref _roundTrips[i]);
            var ticks = Interlocked.Read(ref _ticks[i]);
            totalTrips += trips;
            totalTicks += ticks;
            entry[StoreNames.All[i]] = Figures(trips, ticks);
        }

        entry["total"] = Figures(totalTrips, totalTicks);
        return entry;
    }

    private static Dictionary<string, object?> Figures(long trips, long ticks) => new()
    {
        ["roundTrips"] = trips,
        ["durationMs"] = Math.Round(TimeSpan.FromTicks(ticks).TotalMilliseconds, 3),
    };

    private static int IndexOf(string store)
    {
        for (var i = 0; i < StoreNames.All.Count; i++)
        {
            if (StoreNames.All[i] == store)
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(store), store, "Not one of the five stores.");
    }
}
