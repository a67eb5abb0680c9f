using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using Commerce.GraphQL.Types;

namespace Commerce.GraphQL.Coercion;

/// <summary>
/// Turns coerced input values (dictionaries, lists of object?, scalar and enum runtime values) into the CLR types
/// resolvers ask for: input objects through <see cref="InputObjectType.Factory"/> (nested ones first) or by
/// binding a class's constructor and settable members, lists to arrays and List&lt;T&gt;, enums by name, numbers
/// by conversion. How to build a class is worked out once per CLR type and kept by this instance.
/// </summary>
public sealed class InputValueConverter
{
    private readonly ConcurrentDictionary<Type, ObjectBinder> _binders = new();

    public T Convert<T>(object? value, GraphQLType? type)
    {
        if (value is T typed && (value is not IReadOnlyDictionary<string, object?> || !NeedsFactory(type, typeof(T))))
        {
            return typed;
        }

        if (value is null)
        {
            return default!;
        }

        return (T)Convert(value, typeof(T), type)!;
    }

    public object? Convert(object? value, Type target, GraphQLType? type)
    {
        if (value is null)
        {
            return target.IsValueType && Nullable.GetUnderlyingType(target) is null ? Activator.CreateInstance(target) : null;
        }

        target = Nullable.GetUnderlyingType(target) ?? target;
        var namedType = type?.GetNamedType();

        if (namedType is InputObjectType inputObject && InputMaps.TryGetMap(value, out var map))
        {
            if (target.IsInstanceOfType(value) && !NeedsFactory(inputObject, target))
            {
                return value;
            }

            return BuildObject(map, inputObject, target);
        }

        if (target.IsInstanceOfType(value) && !(value is IList && type?.Nullable is ListType))
        {
            return value;
        }

        if (value is IList list && TryGetElementType(target, out var elementType))
        {
            var itemType = (type?.Nullable as ListType)?.OfType;
            if (target.IsArray)
            {
                var array = Array.CreateInstance(elementType, list.Count);
                for (var i = 0; i < list.Count; i++)
                {
                    array.SetValue(Convert(list[i], elementType, itemType), i);
                }

                return array;
            }

            var result = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(elementType), list.Count)!;
            foreach (var item in list)
            {
                result.Add(Convert(item, elementType, itemType));
            }

            return result;
        }

        if (target.IsEnum)
        {
            return ToEnum(value, target);
        }

        if (target == typeof(Guid) && value is string guidText)
        {
            return Guid.Parse(guidText, CultureInfo.InvariantCulture);
        }

        if (target == typeof(string) && value is Enum)
        {
            return value.ToString();
        }

        if (value is IConvertible && typeof(IConvertible).IsAssignableFrom(target))
        {
            return System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
        }

        throw new InvalidCastException($"Cannot convert a value of type {value.GetType().Name} to {target.Name}.");
    }

    private static bool NeedsFactory(GraphQLType? type, Type target) =>
        type?.GetNamedType() is InputObjectType { Factory: not null } && !target.IsAssignableFrom(typeof(Dictionary<string, object?>));

    private object BuildObject(IReadOnlyDictionary<string, object?> map, InputObjectType type, Type target)
    {
        if (type.Factory is { } factory)
        {
            // Nested input objects are built first, so a factory sees runtime objects for them.
            var converted = new Dictionary<string, object?>(map.Count, StringComparer.Ordinal);
            foreach (var (name, fieldValue) in map)
            {
                converted[name] = type.Fields.TryGetField(name, out var field) ? BuildNested(fieldValue, field.Type) : fieldValue;
            }

            return factory(converted);
        }

        return _binders.GetOrAdd(target, static t => new ObjectBinder(t)).Bind(map, type, this);
    }

    private object? BuildNested(object? value, GraphQLType type) => value switch
    {
        null => null,
        IReadOnlyDictionary<string, object?> map when type.GetNamedType() is InputObjectType { Factory: not null } nested => BuildObject(map, nested, typeof(object)),
        IList list when type.Nullable is ListType listType => list.Cast<object?>().Select(item => BuildNested(item, listType.OfType)).ToList(),
        _ => value,
    };

    private static object ToEnum(object value, Type target)
    {
        if (value is string name)
        {
            foreach (var member in Enum.GetNames(target))
            {
                if (string.Equals(member, name, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(member, name.Replace("_", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase))
                {
                    return Enum.Parse(target, member);
                }
            }

            throw new InvalidCastException($"\"{name}\" is not a member of {target.Name}.");
        }

        return Enum.ToObject(target, value is Enum e ? System.Convert.ToInt64(e, CultureInfo.InvariantCulture) : value);
    }

    private static bool TryGetElementType(Type target, out Type elementType)
    {
        if (target.IsArray)
        {
            elementType = target.GetElementType()!;
            return true;
        }

        if (target.IsGenericType && target.GetGenericArguments() is [var argument])
        {
            var definition = target.GetGenericTypeDefinition();
            if (definition == typeof(List<>) || definition == typeof(IList<>) || definition == typeof(IReadOnlyList<>)
                || definition == typeof(IEnumerable<>) || definition == typeof(ICollection<>) || definition == typeof(IReadOnlyCollection<>))
            {
                elementType = argument;
                return true;
            }
        }

        elementType = typeof(object);
        return false;
    }

    /// <summary>How to build one CLR class from an input object's fields: a constructor, then settable members.</summary>
    private sealed class ObjectBinder
    {
        private readonly ConstructorInfo _constructor;
        private readonly ParameterInfo[] _parameters;
        private readonly Dictionary<string, MemberInfo> _members = new(StringComparer.OrdinalIgnoreCase);

        public ObjectBinder(Type type)
        {
            var constructors = type.GetConstructors();
            _constructor = constructors.FirstOrDefault(c => c.GetParameters().Length == 0)
                ?? constructors.OrderByDescending(c => c.GetParameters().Length).FirstOrDefault()
                ?? throw new InvalidCastException($"{type.Name} has no public constructor to bind an input object to.");
            _parameters = _constructor.GetParameters();
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.SetMethod is { IsPublic: true })
                {
                    _members.TryAdd(property.Name, property);
                }
            }

            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance))
            {
                if (!field.IsInitOnly)
                {
                    _members.TryAdd(field.Name, field);
                }
            }
        }

        public object Bind(IReadOnlyDictionary<string, object?> map, InputObjectType type, InputValueConverter converter)
        {
            var arguments = new object?[_parameters.Length];
            var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < _parameters.Length; i++)
            {
                var parameter = _parameters[i];
                var field = FindField(type, parameter.Name!);
                if (field is not null && map.TryGetValue(field.Name, out var fieldValue))
                {
                    arguments[i] = converter.Convert(fieldValue, parameter.ParameterType, field.Type);
                    used.Add(field.Name);
                }
                else
                {
                    arguments[i] = parameter.HasDefaultValue ? parameter.DefaultValue : converter.Convert(null, parameter.ParameterType, null);
                }
            }

            var instance = _constructor.Invoke(arguments);
            foreach (var field in type.Fields)
            {
                if (used.Contains(field.Name) || !map.TryGetValue(field.Name, out var fieldValue)
                    || !_members.TryGetValue(field.RuntimeName ?? field.Name, out var member))
                {
                    continue;
                }

                switch (member)
                {
                    case PropertyInfo property:
                        property.SetValue(instance, converter.Convert(fieldValue, property.PropertyType, field.Type));
                        break;
                    case FieldInfo clrField:
                        clrField.SetValue(instance, converter.Convert(fieldValue, clrField.FieldType, field.Type));
                        break;
                }
            }

            return instance;
        }

        private static InputField? FindField(InputObjectType type, string parameterName)
        {
            foreach (var field in type.Fields)
            {
                if (string.Equals(field.RuntimeName ?? field.Name, parameterName, StringComparison.OrdinalIgnoreCase))
                {
                    return field;
                }
            }

            return null;
        }
    }
}
