using System.Collections;
using System.Globalization;

namespace Commerce.Drivers.Bolt.Mapping;

/// <summary>
/// Converts the values PackStream yields (null, bool, long, double, string, byte[], lists,
/// dictionaries, graph entities) to the CLR type a caller asks for.
/// </summary>
internal static class ValueConverter
{
    public static object? Convert(object? value, Type target)
    {
        var underlying = Nullable.GetUnderlyingType(target);
        if (value is null)
        {
            if (!target.IsValueType || underlying is not null) return null;
            throw new InvalidCastException($"Cannot convert null to {target.Name}; ask for {target.Name}? instead.");
        }
        target = underlying ?? target;
        if (target == typeof(object) || target.IsInstanceOfType(value)) return value;

        try
        {
            return value switch
            {
                long l => FromInteger(l, target),
                double d => FromFloat(d, target),
                string s => FromString(s, target),
                bool b when target == typeof(string) => b ? "true" : "false",
                List<object?> list => FromList(list, target),
                IReadOnlyDictionary<string, object?> map => FromMap(map, target),
                IEntity entity => FromMap(entity.Properties, target),
                _ => throw Unconvertible(value, target),
            };
        }
        catch (OverflowException e)
        {
            throw new InvalidCastException($"{value} does not fit {target.Name}.", e);
        }
    }

    private static object FromInteger(long value, Type target)
    {
        if (target.IsEnum) return Enum.ToObject(target, value);
        return Type.GetTypeCode(target) switch
        {
            TypeCode.Int64 => value,
            TypeCode.Int32 => checked((int)value),
            TypeCode.Int16 => checked((short)value),
            TypeCode.SByte => checked((sbyte)value),
            TypeCode.Byte => checked((byte)value),
            TypeCode.UInt16 => checked((ushort)value),
            TypeCode.UInt32 => checked((uint)value),
            TypeCode.UInt64 => checked((ulong)value),
            TypeCode.Double => (double)value,
            TypeCode.Single => (float)value,
            TypeCode.Decimal => (decimal)value,
            TypeCode.String => value.ToString(CultureInfo.InvariantCulture),
            TypeCode.Boolean => throw Unconvertible(value, target),
            _ => throw Unconvertible(value, target),
        };
    }

    private static object FromFloat(double value, Type target) => Type.GetTypeCode(target) switch
    {
        TypeCode.Double => value,
        TypeCode.Single => (float)value,
        TypeCode.Decimal => (decimal)value,
        TypeCode.String => value.ToString("R", CultureInfo.InvariantCulture),
        _ => throw Unconvertible(value, target),
    };

    private static object FromString(string value, Type target)
    {
        if (target.IsEnum) return Enum.Parse(target, value, ignoreCase: true);
        if (target == typeof(Guid)) return Guid.Parse(value);
        if (target == typeof(char) && value.Length == 1) return value[0];
        // Money travels as text so it keeps its precision.
        if (target == typeof(decimal)) return decimal.Parse(value, NumberStyles.Number, CultureInfo.InvariantCulture);
        throw Unconvertible(value, target);
    }

    private static object FromList(List<object?> list, Type target)
    {
        if (target.IsArray)
        {
            var element = target.GetElementType()!;
            var array = Array.CreateInstance(element, list.Count);
            for (var i = 0; i < list.Count; i++) array.SetValue(Convert(list[i], element), i);
            return array;
        }
        if (target.IsGenericType)
        {
            var definition = target.GetGenericTypeDefinition();
            var element = target.GetGenericArguments()[0];
            if (definition == typeof(List<>) || definition == typeof(IList<>) || definition == typeof(IEnumerable<>)
                || definition == typeof(IReadOnlyList<>) || definition == typeof(ICollection<>) || definition == typeof(IReadOnlyCollection<>))
            {
                var typed = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element), list.Count)!;
                foreach (var item in list) typed.Add(Convert(item, element));
                return typed;
            }
            if (definition == typeof(HashSet<>) || definition == typeof(ISet<>) || definition == typeof(IReadOnlySet<>))
            {
                var set = Activator.CreateInstance(typeof(HashSet<>).MakeGenericType(element))!;
                var add = set.GetType().GetMethod("Add")!;
                foreach (var item in list) add.Invoke(set, [Convert(item, element)]);
                return set;
            }
        }
        if (target.IsAssignableFrom(typeof(List<object?>))) return list;
        throw Unconvertible(list, target);
    }

    private static object FromMap(IReadOnlyDictionary<string, object?> map, Type target)
    {
        if (target.IsGenericType)
        {
            var definition = target.GetGenericTypeDefinition();
            if (definition == typeof(Dictionary<,>) || definition == typeof(IDictionary<,>) || definition == typeof(IReadOnlyDictionary<,>))
            {
                var arguments = target.GetGenericArguments();
                if (arguments[0] != typeof(string)) throw Unconvertible(map, target);
                var typed = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(arguments))!;
                foreach (var (key, value) in map) typed[key] = Convert(value, arguments[1]);
                return typed;
            }
        }
        if (target.IsAssignableFrom(typeof(Dictionary<string, object?>))) return map;
        if (target.IsPrimitive || target == typeof(string) || target.IsAbstract) throw Unconvertible(map, target);
        return ObjectMapper.Create(target, key => map.TryGetValue(key, out var value) ? (true, value) : (false, null));
    }

    internal static InvalidCastException Unconvertible(object? value, Type target) =>
        new($"Cannot convert a {Describe(value)} to {target.Name}.");

    private static string Describe(object? value) => value switch
    {
        null => "null",
        long => "Integer",
        double => "Float",
        string => "String",
        bool => "Boolean",
        byte[] => "Bytes",
        INode => "Node",
        IRelationship => "Relationship",
        IPath => "Path",
        List<object?> => "List",
        IReadOnlyDictionary<string, object?> => "Map",
        _ => value.GetType().Name,
    };
}
