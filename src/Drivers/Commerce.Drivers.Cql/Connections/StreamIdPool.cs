namespace Commerce.Drivers.Cql.Connections;

/// <summary>
/// Hands out the stream ids of one connection (section 2.3). An id goes back only once its response
/// has arrived, so a late answer to an abandoned request is never taken for another request's.
/// </summary>
internal sealed class StreamIdPool
{
    private readonly Stack<short> _free;
    private readonly SemaphoreSlim _available;
    private readonly Lock _lock = new();

    public StreamIdPool(int size)
    {
        if (size is < 1 or > 32768) throw new ArgumentOutOfRangeException(nameof(size), "Stream ids are non-negative [short] values.");
        _free = new Stack<short>(Enumerable.Range(0, size).Reverse().Select(i => (short)i));
        _available = new SemaphoreSlim(size, size);
        Size = size;
    }

    public int Size { get; }

    public int InUse => Size - _available.CurrentCount;

    public async ValueTask<short> RentAsync(CancellationToken cancellationToken)
    {
        await _available.WaitAsync(cancellationToken).ConfigureAwait(false);
        lock (_lock) return _free.Pop();
    }

    public void Return(short id)
    {
        lock (_lock) _free.Push(id);
        _available.Release();
    }
}
