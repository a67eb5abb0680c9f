using System.Collections;
using System.Globalization;

namespace Commerce.GraphQL.Configuration;

/// <summary>
/// Converts a coerced input value (scalars' runtime values, enum members, lists, and input objects as dictionaries
/// or already built objects) to the C# type a resolver parameter or input member declares.
/// </summary>
public static class InputValueConverter
{
    public static object? Convert(object? value, Type target, Func<Type, Func<IReadOnlyDictionary<string, object?>, object>?> factoryFor)
    {
        if (value is null)
        {
            return target.IsValueType && Nullable.GetUnderlyingType(target) is null ? Activator.CreateInstance(target) : null;
        }

        var underlying = Nullable.GetUnderlyingType(target) ?? target;
        if (underlying.IsInstanceOfType(value))
        {
            return value;
        }

        if (value is IReadOnlyDictionary<string, object?> fields && factoryFor(underlying) is { } factory)
        {
            return factory(fields);
        }

        if (value is IEnumerable items and not string && ClrTypeShape.ListElementType(underlying) is { } elementType)
        {
            return ConvertList(items, underlying, elementType, factoryFor);
        }

        if (underlying.IsEnum && value is string name)
        {
            return Enum.Parse(underlying, name, ignoreCase: true);
        }

        if (value is IConvertible && typeof(IConvertible).IsAssignableFrom(underlying))
        {
            return System.Convert.ChangeType(value, underlying, CultureInfo.InvariantCulture);
        }

        throw new InvalidCastException($"Cannot convert a {value.GetType().Name} input value to {target.Name}.");
    }

    private static object ConvertList(IEnumerable items, Type target, Type elementType, Func<Type, Func<IReadOnlyDictionary<string, object?>, object>?> factoryFor)
    {
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(elementType))!;
        foreach (var item in items)
        {
            list.Add(Convert(item, elementType, factoryFor));
        }

        if (target.IsArray)
        {
            var array = Array.CreateInstance(elementType, list.Count);
            list.CopyTo(array, 0);
            return array;
        }

        if (target.IsAssignableFrom(list.GetType()))
        {
            return list;
        }

        // HashSet<T>, ImmutableArray-like or custom collections with an IEnumerable<T> constructor.
        return Activator.CreateInstance(target, list)!;
    }
}
