using System.Collections.Concurrent;
using System.Reflection;

namespace Commerce.GraphQL.DataLoader;

/// <summary>
/// The loaders of one request: one instance of each loader class, bound to the request's batch scheduler, so
/// their caches live exactly as long as the request. A loader comes from the request's services when registered
/// there, else it is constructed with its constructor's parameters taken from those services.
/// </summary>
public sealed class DataLoaderScope(IServiceProvider services, IBatchScheduler scheduler, CancellationToken requestAborted = default)
{
    private readonly ConcurrentDictionary<Type, IDataLoader> _loaders = new();
    private readonly ConcurrentDictionary<string, IDataLoader> _keyed = new(StringComparer.Ordinal);

    public IBatchScheduler Scheduler { get; } = scheduler;

    public T GetDataLoader<T>()
        where T : class, IDataLoader =>
        (T)_loaders.GetOrAdd(typeof(T), static (type, scope) => scope.Create(type), this);

    /// <summary>A loader built by <paramref name="create"/> once per request under <paramref name="key"/> (for loaders that are not classes of their own).</summary>
    public T GetOrCreate<T>(string key, Func<IServiceProvider, T> create)
        where T : class, IDataLoader =>
        (T)_keyed.GetOrAdd(key, _ => Bind(create(services)));

    private IDataLoader Create(Type type)
    {
        if (services.GetService(type) is IDataLoader registered)
        {
            return Bind(registered);
        }

        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault()
            ?? throw new InvalidOperationException($"{type.Name} has no public constructor.");
        var arguments = constructor.GetParameters().Select(ResolveParameter).ToArray();
        return Bind((IDataLoader)constructor.Invoke(arguments));
    }

    private object? ResolveParameter(ParameterInfo parameter)
    {
        if (parameter.ParameterType == typeof(IBatchScheduler))
        {
            return Scheduler;
        }

        if (parameter.ParameterType == typeof(IServiceProvider))
        {
            return services;
        }

        return services.GetService(parameter.ParameterType)
            ?? (parameter.HasDefaultValue
                ? parameter.DefaultValue
                : throw new InvalidOperationException($"Cannot create the loader: no service of type {parameter.ParameterType.Name} for parameter \"{parameter.Name}\"."));
    }

    private IDataLoader Bind(IDataLoader loader)
    {
        if (loader is IRequestBoundLoader bound)
        {
            bound.Attach(Scheduler, requestAborted);
        }

        return loader;
    }
}
