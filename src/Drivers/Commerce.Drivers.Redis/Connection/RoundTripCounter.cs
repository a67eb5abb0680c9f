namespace Commerce.Drivers.Redis.Connection;

/// <summary>Counts writes (round trips) across every connection of one multiplexer.</summary>
internal sealed class RoundTripCounter
{
    private long _count;

    public long Value => Interlocked.Read(ref _count);

    public void Increment() => Interlocked.Increment(ref _count);
}
