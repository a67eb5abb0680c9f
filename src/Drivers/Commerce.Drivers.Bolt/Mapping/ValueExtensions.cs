using Commerce.Drivers.Bolt.Mapping;

namespace Commerce.Drivers.Bolt;

public static class ValueExtensions
{
    /// <summary>
    /// Converts a value read from the server: integers to any numeric type (checked), floats to
    /// float/double/decimal, strings to enums, Guid, decimal; lists to arrays and generic lists;
    /// maps and entities to dictionaries or to classes and records by property name.
    /// </summary>
    public static T As<T>(this object? value) => (T)ValueConverter.Convert(value, typeof(T))!;
}
