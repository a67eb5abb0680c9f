namespace Commerce.Drivers.Redis.Connection;

/// <summary>
/// Starts the connection's long-lived loops without the caller's ExecutionContext. A connection opened (or
/// reopened) during some request must not carry that request's AsyncLocals for its whole life: tracing would
/// charge every later round trip to it, and it would keep the request's state alive.
/// </summary>
internal static class Detached
{
    public static Task Run(Func<Task> loop)
    {
        if (ExecutionContext.IsFlowSuppressed())
        {
            return Task.Run(loop);
        }

        using (ExecutionContext.SuppressFlow())
        {
            return Task.Run(loop);
        }
    }

    public static Timer Timer(TimerCallback callback, object state, TimeSpan period)
    {
        if (ExecutionContext.IsFlowSuppressed())
        {
            return new Timer(callback, state, period, period);
        }

        using (ExecutionContext.SuppressFlow())
        {
            return new Timer(callback, state, period, period);
        }
    }
}
