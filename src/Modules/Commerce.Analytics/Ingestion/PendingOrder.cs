namespace Commerce.Analytics;

/// <summary>An order waiting in the queue, and the task its sender awaits until a flush has counted (or skipped) it.</summary>
internal sealed class PendingOrder(OrderPlacedEvent order)
{
    public OrderPlacedEvent Order { get; } = order;

    public TaskCompletionSource<bool> Counted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
