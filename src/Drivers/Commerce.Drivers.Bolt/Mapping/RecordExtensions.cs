using Commerce.Drivers.Bolt.Mapping;

namespace Commerce.Drivers.Bolt;

public static class RecordExtensions
{
    /// <summary>
    /// Maps a whole record to <typeparamref name="T"/>. A one-column record whose value is a
    /// scalar, list, map or entity converts that value; otherwise members are filled from the
    /// columns by name. When the columns do not name the members and the only column is a node,
    /// relationship or map, its properties fill them.
    /// </summary>
    public static T As<T>(this IRecord record)
    {
        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        if (record.Keys.Count == 1 && (IsScalar(target) || target.IsInstanceOfType(record[0]) || !HasMemberNamed(target, record.Keys[0])))
            return record[0].As<T>();
        return (T)ObjectMapper.Create(target, name =>
            record.Values.TryGetValue(name, out var value) ? (true, value) : (false, null));
    }

    private static bool IsScalar(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(Guid)
        || type == typeof(byte[]) || type == typeof(object);

    private static bool HasMemberNamed(Type type, string key) =>
        type.GetProperties().Any(p => string.Equals(p.Name, key, StringComparison.OrdinalIgnoreCase));
}
