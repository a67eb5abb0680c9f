using Commerce.Drivers.Bolt.Mapping;

namespace Commerce.Drivers.Bolt;

public static class RecordExtensions
{
    /// <summary>
    /// Maps a whole record to <typeparamref name="T"/>:
    /// a one-column record converts its value when that value is a scalar, a list or already a
    /// <typeparamref name="T"/>; when some columns are named like members of <typeparamref name="T"/>,
    /// the columns fill the members; otherwise the record's only node, relationship or map column
    /// fills them with its properties.
    /// </summary>
    public static T As<T>(this IRecord record)
    {
        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        if (record.Keys.Count == 1 && (IsScalar(target) || target.IsInstanceOfType(record[0]) || record[0] is List<object?>))
            return record[0].As<T>();
        if (record.Keys.Any(key => HasMemberNamed(target, key)))
            return (T)ObjectMapper.Create(target, name => record.Values.TryGetValue(name, out var value) ? (true, value) : (false, null));
        var containers = record.Keys.Select(k => record[k]).Where(v => v is IEntity or IReadOnlyDictionary<string, object?>).ToList();
        if (containers.Count == 1) return containers[0].As<T>();
        throw new InvalidCastException(
            $"Cannot map a record with fields {string.Join(", ", record.Keys)} to {target.Name}: no field names a member, and there is not exactly one node, relationship or map to take properties from.");
    }

    private static bool IsScalar(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(Guid)
        || type == typeof(byte[]) || type == typeof(object);

    private static bool HasMemberNamed(Type type, string key) =>
        type.GetProperties().Any(p => string.Equals(p.Name, key, StringComparison.OrdinalIgnoreCase));
}
