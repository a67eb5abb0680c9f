using System.Reflection;

namespace Commerce.Drivers.Cql.Types;

/// <summary>Matches UDT field names to properties: case-insensitive, underscores ignored (street_name ~ StreetName).</summary>
internal static class UdtMapping
{
    public static PropertyInfo? FindProperty(Type type, string fieldName)
    {
        var wanted = fieldName.Replace("_", "", StringComparison.Ordinal);
        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .FirstOrDefault(p => string.Equals(p.Name.Replace("_", "", StringComparison.Ordinal), wanted, StringComparison.OrdinalIgnoreCase));
    }
}
