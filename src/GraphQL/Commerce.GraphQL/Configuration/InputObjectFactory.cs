using System.Reflection;
using Commerce.GraphQL.Types;

namespace Commerce.GraphQL.Configuration;

/// <summary>
/// Builds a C# input object from coerced field values: through its widest constructor (records) for the fields
/// that constructor takes, then through setters for the rest. Fields absent from the input keep their C# defaults.
/// </summary>
internal sealed class InputObjectFactory
{
    private readonly ConstructorInfo _constructor;
    private readonly (ParameterInfo Parameter, InputField? Field)[] _constructorFields;
    private readonly (PropertyInfo Property, InputField Field)[] _setterFields;
    private readonly Func<Type, Func<IReadOnlyDictionary<string, object?>, object>?> _factoryFor;

    public InputObjectFactory(Type type, InputObjectType inputType, Func<Type, Func<IReadOnlyDictionary<string, object?>, object>?> factoryFor)
    {
        _factoryFor = factoryFor;
        _constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault()
            ?? throw new SchemaException($"The input type {type.Name} has no public constructor.");
        var byRuntimeName = inputType.Fields.Where(f => f.RuntimeName is not null)
            .ToDictionary(f => f.RuntimeName!, StringComparer.OrdinalIgnoreCase);
        _constructorFields = _constructor.GetParameters()
            .Select(p => (p, byRuntimeName.GetValueOrDefault(p.Name!)))
            .ToArray();
        var viaConstructor = _constructorFields.Where(c => c.Item2 is not null).Select(c => c.Item2!.Name).ToHashSet();
        _setterFields = inputType.Fields
            .Where(f => !viaConstructor.Contains(f.Name) && f.RuntimeName is not null)
            .Select(f => (type.GetProperty(f.RuntimeName!)!, f))
            .Where(p => p.Item1.CanWrite)
            .ToArray();
    }

    public object Create(IReadOnlyDictionary<string, object?> values)
    {
        var arguments = new object?[_constructorFields.Length];
        for (var i = 0; i < _constructorFields.Length; i++)
        {
            var (parameter, field) = _constructorFields[i];
            arguments[i] = field is not null && values.TryGetValue(field.Name, out var value)
                ? InputValueConverter.Convert(value, parameter.ParameterType, _factoryFor)
                : parameter.HasDefaultValue ? parameter.DefaultValue : Default(parameter.ParameterType);
        }

        var instance = _constructor.Invoke(arguments);
        foreach (var (property, field) in _setterFields)
        {
            if (values.TryGetValue(field.Name, out var value))
            {
                property.SetValue(instance, InputValueConverter.Convert(value, property.PropertyType, _factoryFor));
            }
        }

        return instance;
    }

    private static object? Default(Type type) => type.IsValueType ? Activator.CreateInstance(type) : null;
}
