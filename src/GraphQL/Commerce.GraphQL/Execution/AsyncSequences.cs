using System.Collections.Concurrent;
using System.Reflection;

namespace Commerce.GraphQL.Execution;

/// <summary>Views any <see cref="IAsyncEnumerable{T}"/> as one of object?, so list completion can drain it.</summary>
internal sealed class AsyncSequences
{
    private static readonly MethodInfo BoxMethod = typeof(AsyncSequences).GetMethod(nameof(Box), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly ConcurrentDictionary<Type, Func<object, IAsyncEnumerable<object?>>?> _adapters = new();

    public bool TryAdapt(object value, out IAsyncEnumerable<object?> sequence)
    {
        if (value is IAsyncEnumerable<object?> objects)
        {
            sequence = objects;
            return true;
        }

        var adapter = _adapters.GetOrAdd(value.GetType(), CreateAdapter);
        sequence = adapter?.Invoke(value)!;
        return adapter is not null;
    }

    private static Func<object, IAsyncEnumerable<object?>>? CreateAdapter(Type type)
    {
        var itemType = type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>))
            ?.GetGenericArguments()[0];
        return itemType is null
            ? null
            : BoxMethod.MakeGenericMethod(itemType).CreateDelegate<Func<object, IAsyncEnumerable<object?>>>();
    }

    private static async IAsyncEnumerable<object?> Box<T>(object source)
    {
        await foreach (var item in (IAsyncEnumerable<T>)source)
        {
            yield return item;
        }
    }
}
