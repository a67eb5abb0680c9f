using System.Collections;
using System.Reflection;
using Commerce.GraphQL.Execution;
using Commerce.GraphQL.Types;

namespace Commerce.GraphQL.Relay;

/// <summary>Wraps a list resolver so that it answers a page of a cursor connection, for fields marked <c>[UsePaging]</c>.</summary>
internal static class PagingMiddleware
{
    private static readonly MethodInfo PageMethod = typeof(PagingMiddleware).GetMethod(nameof(PageOf), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static void AddArguments(OutputField field, NamedType intType, NamedType stringType)
    {
        field.Arguments.Add(new InputField("first", intType) { Description = "Returns the first n items of the list." });
        field.Arguments.Add(new InputField("after", stringType) { Description = "Returns the items after this cursor." });
        field.Arguments.Add(new InputField("last", intType) { Description = "Returns the last n items of the list." });
        field.Arguments.Add(new InputField("before", stringType) { Description = "Returns the items before this cursor." });
    }

    public static FieldResolver Wrap(FieldResolver inner, Type elementType, UsePagingAttribute settings)
    {
        var page = PageMethod.MakeGenericMethod(elementType).CreateDelegate<Func<object?, PagingArguments, UsePagingAttribute, object?>>();
        return async context =>
        {
            var items = await inner(context);
            var arguments = new PagingArguments(
                context.ArgumentValue<int?>("first"),
                context.ArgumentValue<string?>("after"),
                context.ArgumentValue<int?>("last"),
                context.ArgumentValue<string?>("before"));
            return page(items, arguments, settings);
        };
    }

    private static object? PageOf<T>(object? items, PagingArguments arguments, UsePagingAttribute settings) => items switch
    {
        null => null,
        IReadOnlyList<T> list => OffsetPaging.Page(list, arguments, settings.DefaultPageSize, settings.MaxPageSize),
        IEnumerable<T> sequence => OffsetPaging.Page(sequence.ToList(), arguments, settings.DefaultPageSize, settings.MaxPageSize),
        IEnumerable other => OffsetPaging.Page(other.Cast<T>().ToList(), arguments, settings.DefaultPageSize, settings.MaxPageSize),
        _ => throw new InvalidOperationException($"A paged field's resolver returned {items.GetType().Name}, not a list."),
    };
}
