using System.Linq.Expressions;
using System.Reflection;
using Commerce.GraphQL.Execution;
using Commerce.GraphQL.Types;

namespace Commerce.GraphQL.Configuration;

/// <summary>
/// Compiles a property or method into a <see cref="FieldResolver"/> once, at schema build time, so resolving a field
/// costs a delegate call: no reflection per call, and no Task allocation for synchronous members.
/// </summary>
internal static class ResolverCompiler
{
    private static readonly MethodInfo ArgumentValueMethod = typeof(IResolverContext).GetMethod(nameof(IResolverContext.ArgumentValue))!;
    private static readonly MethodInfo ParentAsMethod = typeof(IResolverContext).GetMethod(nameof(IResolverContext.ParentAs))!;
    private static readonly MethodInfo ServiceMethod = typeof(ResolverCompiler).GetMethod(nameof(RequiredService), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo FromTaskMethod = typeof(ResolverCompiler).GetMethod(nameof(FromTask), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo FromValueTaskMethod = typeof(ResolverCompiler).GetMethod(nameof(FromValueTask), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo FromAsyncEnumerableMethod = typeof(ResolverCompiler).GetMethod(nameof(FromAsyncEnumerable), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>How a resolver parameter gets its value.</summary>
    public abstract record ParameterBinding(ParameterInfo Parameter)
    {
        public sealed record Argument(ParameterInfo Parameter, string Name) : ParameterBinding(Parameter);

        public sealed record Parent(ParameterInfo Parameter) : ParameterBinding(Parameter);

        public sealed record Service(ParameterInfo Parameter) : ParameterBinding(Parameter);

        public sealed record Context(ParameterInfo Parameter) : ParameterBinding(Parameter);

        public sealed record Cancellation(ParameterInfo Parameter) : ParameterBinding(Parameter);
    }

    /// <summary>A resolver reading <paramref name="property"/> of the parent (or of <paramref name="instance"/>).</summary>
    public static FieldResolver Property(PropertyInfo property, Func<IResolverContext, object?>? instance)
    {
        if (instance is null && !IsAwaitable(property.PropertyType))
        {
            // A plain read of the parent: the executor calls it without building a resolver context.
            var parent = Expression.Parameter(typeof(object), "parent");
            var read = Expression.Convert(Expression.Property(Expression.Convert(parent, property.DeclaringType!), property), typeof(object));
            return ParentResolvers.Create(Expression.Lambda<Func<object, object?>>(read, parent).Compile());
        }

        var context = Expression.Parameter(typeof(IResolverContext), "context");
        var target = Target(context, property.DeclaringType!, instance);
        var body = Expression.Property(target, property);
        return Complete(context, body);
    }

    /// <summary>A resolver calling <paramref name="method"/> with its parameters bound as <paramref name="bindings"/> say.</summary>
    public static FieldResolver Method(MethodInfo method, IReadOnlyList<ParameterBinding> bindings, Func<IResolverContext, object?>? instance)
    {
        var context = Expression.Parameter(typeof(IResolverContext), "context");
        return Complete(context, Call(context, method, bindings, instance));
    }

    /// <summary>A subscriber calling <paramref name="method"/>, which returns the IAsyncEnumerable source stream.</summary>
    public static SubscribeResolver Subscriber(MethodInfo method, IReadOnlyList<ParameterBinding> bindings, Func<IResolverContext, object?>? instance)
    {
        var context = Expression.Parameter(typeof(IResolverContext), "context");
        var call = Call(context, method, bindings, instance);
        var stream = UnwrapTask(call.Type) ?? call.Type;
        var element = ClrTypeShape.ListElementType(stream)!;
        var body = Expression.Call(FromAsyncEnumerableMethod.MakeGenericMethod(element), Expression.Convert(call, typeof(object)));
        return Expression.Lambda<SubscribeResolver>(body, context).Compile();
    }

    private static Expression Call(ParameterExpression context, MethodInfo method, IReadOnlyList<ParameterBinding> bindings, Func<IResolverContext, object?>? instance)
    {
        var arguments = bindings.Select(b => Bind(context, b)).ToArray();
        return method.IsStatic
            ? Expression.Call(method, arguments)
            : Expression.Call(Target(context, method.DeclaringType!, instance), method, arguments);
    }

    private static Expression Target(ParameterExpression context, Type declaringType, Func<IResolverContext, object?>? instance)
    {
        Expression source = instance is null
            ? Expression.Property(context, nameof(IResolverContext.Parent))
            : Expression.Invoke(Expression.Constant(instance), context);
        return Expression.Convert(source, declaringType);
    }

    private static Expression Bind(ParameterExpression context, ParameterBinding binding)
    {
        var type = binding.Parameter.ParameterType;
        return binding switch
        {
            ParameterBinding.Argument argument => Expression.Call(context, ArgumentValueMethod.MakeGenericMethod(type), Expression.Constant(argument.Name)),
            ParameterBinding.Parent => Expression.Call(context, ParentAsMethod.MakeGenericMethod(type)),
            ParameterBinding.Service => Expression.Call(ServiceMethod.MakeGenericMethod(type), context),
            ParameterBinding.Context => context,
            ParameterBinding.Cancellation => Expression.Property(context, nameof(IResolverContext.RequestAborted)),
            _ => throw new ArgumentOutOfRangeException(nameof(binding)),
        };
    }

    private static FieldResolver Complete(ParameterExpression context, Expression value)
    {
        Expression body;
        if (ClrTypeShape.IsGeneric(value.Type, typeof(Task<>)))
        {
            body = Expression.Call(FromTaskMethod.MakeGenericMethod(value.Type.GetGenericArguments()[0]), value);
        }
        else if (ClrTypeShape.IsGeneric(value.Type, typeof(ValueTask<>)))
        {
            body = Expression.Call(FromValueTaskMethod.MakeGenericMethod(value.Type.GetGenericArguments()[0]), value);
        }
        else if (value.Type == typeof(void))
        {
            body = Expression.Block(value, Expression.Default(typeof(ValueTask<object?>)));
        }
        else
        {
            body = Expression.New(typeof(ValueTask<object?>).GetConstructor([typeof(object)])!, Expression.Convert(value, typeof(object)));
        }

        return Expression.Lambda<FieldResolver>(body, context).Compile();
    }

    private static bool IsAwaitable(Type type) =>
        ClrTypeShape.IsGeneric(type, typeof(Task<>)) || ClrTypeShape.IsGeneric(type, typeof(ValueTask<>));

    private static Type? UnwrapTask(Type type) =>
        ClrTypeShape.IsGeneric(type, typeof(Task<>)) || ClrTypeShape.IsGeneric(type, typeof(ValueTask<>)) ? type.GetGenericArguments()[0] : null;

    private static T RequiredService<T>(IResolverContext context) where T : notnull => context.Service<T>();

    private static ValueTask<object?> FromTask<T>(Task<T> task)
    {
        return task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : Await(task);

        static async ValueTask<object?> Await(Task<T> pending) => await pending;
    }

    private static ValueTask<object?> FromValueTask<T>(ValueTask<T> task)
    {
        return task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : Await(task);

        static async ValueTask<object?> Await(ValueTask<T> pending) => await pending;
    }

    private static async ValueTask<IAsyncEnumerable<object?>> FromAsyncEnumerable<T>(object source)
    {
        var stream = source switch
        {
            Task<IAsyncEnumerable<T>> task => await task,
            ValueTask<IAsyncEnumerable<T>> valueTask => await valueTask,
            _ => (IAsyncEnumerable<T>)source,
        };
        return Box(stream);
    }

    private static async IAsyncEnumerable<object?> Box<T>(IAsyncEnumerable<T> stream)
    {
        await foreach (var item in stream)
        {
            yield return item;
        }
    }
}
