using System.Collections.Concurrent;

namespace Commerce.Orders.Tests.Infrastructure;

/// <summary>An outbox handler whose store is "down" for the first <c>failures</c> attempts of each message it is told to fail.</summary>
public sealed class RecordingHandler(string name, int failuresPerMessage = 0, Func<OutboxMessage, bool>? failWhen = null) : IOutboxHandler
{
    private readonly ConcurrentDictionary<long, int> _attempts = new();

    public string Name { get; } = name;

    /// <summary>The messages handled successfully, in the order they were.</summary>
    public ConcurrentQueue<OutboxMessage> Delivered { get; } = new();

    public int AttemptsOf(long id) => _attempts.GetValueOrDefault(id);

    public Task HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var attempt = _attempts.AddOrUpdate(message.Id, 1, (_, n) => n + 1);
        if ((failWhen?.Invoke(message) ?? true) && attempt <= failuresPerMessage)
        {
            throw new InvalidOperationException($"store down (attempt {attempt})");
        }

        Delivered.Enqueue(message);
        return Task.CompletedTask;
    }
}
