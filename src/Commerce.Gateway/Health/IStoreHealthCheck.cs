namespace Commerce.Gateway.Health;

/// <summary>
/// Whether one store can be reached. The gateway starts with a TCP check per store; a module replaces its store's
/// check with a real one (a ping over its driver) by registering its own with <see cref="StoreHealthRegistration"/>.
/// </summary>
public interface IStoreHealthCheck
{
    /// <summary>Throws (or returns false) when the store is not usable.</summary>
    Task<bool> CheckAsync(CancellationToken cancellationToken);
}

/// <summary>A store's check; the last registration for a store wins.</summary>
public sealed record StoreHealthRegistration(string Store, Func<IServiceProvider, IStoreHealthCheck> Factory);
