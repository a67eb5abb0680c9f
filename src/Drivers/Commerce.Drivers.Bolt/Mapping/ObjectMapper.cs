using System.Reflection;

namespace Commerce.Drivers.Bolt.Mapping;

/// <summary>
/// Builds an instance of a class or record from named values: through the constructor whose
/// parameters all have values (records), then settable properties. A member matches a key
/// spelled as the member, in camelCase or in PascalCase.
/// </summary>
internal static class ObjectMapper
{
    public delegate (bool Found, object? Value) Lookup(string name);

    public static object Create(Type target, Lookup lookup)
    {
        var constructor = target.GetConstructors(BindingFlags.Public | BindingFlags.Instance)
            .OrderByDescending(c => c.GetParameters().Length)
            .FirstOrDefault(c => c.GetParameters().All(p => p.HasDefaultValue || FindByName(lookup, p.Name!).Found));
        object instance;
        var assigned = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (constructor is not null)
        {
            var parameters = constructor.GetParameters();
            var arguments = new object?[parameters.Length];
            for (var i = 0; i < parameters.Length; i++)
            {
                var (found, value) = FindByName(lookup, parameters[i].Name!);
                arguments[i] = found ? ValueConverter.Convert(value, parameters[i].ParameterType) : parameters[i].DefaultValue;
                if (found) assigned.Add(parameters[i].Name!);
            }
            instance = constructor.Invoke(arguments);
        }
        else if (target.IsValueType)
        {
            instance = Activator.CreateInstance(target)!;
        }
        else
        {
            throw new InvalidCastException($"{target.Name} has no public constructor whose parameters can all be filled from the record.");
        }

        foreach (var property in target.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (!property.CanWrite || property.GetIndexParameters().Length > 0 || assigned.Contains(property.Name)) continue;
            var (found, value) = FindByName(lookup, property.Name);
            if (found) property.SetValue(instance, ValueConverter.Convert(value, property.PropertyType));
        }
        return instance;
    }

    private static (bool Found, object? Value) FindByName(Lookup lookup, string name)
    {
        var exact = lookup(name);
        if (exact.Found) return exact;
        var camel = char.ToLowerInvariant(name[0]) + name[1..];
        var result = lookup(camel);
        return result.Found ? result : lookup(char.ToUpperInvariant(name[0]) + name[1..]);
    }
}
