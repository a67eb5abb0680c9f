using System.Collections.Concurrent;
using System.Linq.Expressions;

namespace Commerce.GraphQL.Execution;

/// <summary>Reads the result of a completed <see cref="Task{TResult}"/> of any TResult, through one compiled delegate per task type.</summary>
internal sealed class TaskResults
{
    private readonly ConcurrentDictionary<Type, Func<Task, object?>> _readers = new();

    public object? Read(Task completed)
    {
        var type = completed.GetType();
        var reader = _readers.TryGetValue(type, out var found) ? found : _readers.GetOrAdd(type, Create);
        return reader(completed);
    }

    private static Func<Task, object?> Create(Type type)
    {
        var taskType = type;
        while (taskType is not null && !(taskType.IsGenericType && taskType.GetGenericTypeDefinition() == typeof(Task<>)))
        {
            taskType = taskType.BaseType;
        }

        if (taskType is null)
        {
            return static _ => null;
        }

        var parameter = Expression.Parameter(typeof(Task), "task");
        var result = Expression.Property(Expression.Convert(parameter, taskType), "Result");
        return Expression.Lambda<Func<Task, object?>>(Expression.Convert(result, typeof(object)), parameter).Compile();
    }
}
