using System.Collections.Frozen;
using System.Linq.Expressions;
using System.Reflection;

namespace Commerce.Drivers.Mongo.Bson.Serialization;

/// <summary>
/// Maps a class or record to a document. Built once per type: properties become camelCase elements
/// (<c>Id</c> becomes <c>_id</c>), and instances are created either through a parameterless
/// constructor plus setters, or through the constructor whose parameters all name properties
/// (positional records).
/// </summary>
internal sealed class ClassMapConverter : BsonConverter
{
    private readonly BsonMapper _mapper;
    private readonly Type _type;
    private readonly MemberMap[] _members;
    private readonly FrozenDictionary<string, int> _indexByElement;
    private readonly Func<object?[], object> _create;
    private readonly int[] _constructorMembers;
    private readonly bool[] _setAfterCreate;

    public ClassMapConverter(BsonMapper mapper, Type type)
    {
        _mapper = mapper;
        _type = type;
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetMethod is not null && p.GetIndexParameters().Length == 0 && p.GetCustomAttribute<BsonIgnoreAttribute>() is null)
            .OrderBy(p => BsonMapper.ElementNameOf(p) == "_id" ? 0 : 1)
            .ToArray();
        _members = properties.Select(p => new MemberMap(BsonMapper.ElementNameOf(p), p.PropertyType, CompileGetter(type, p), CompileSetter(type, p))).ToArray();
        _indexByElement = _members.Select((m, i) => (m.ElementName, i)).ToFrozenDictionary(x => x.ElementName, x => x.i, StringComparer.Ordinal);

        var constructor = ChooseConstructor(type, properties)
            ?? throw new BsonSerializationException($"{type} needs a parameterless constructor or one whose parameters are all named after its properties.");
        var parameters = constructor.GetParameters();
        _constructorMembers = parameters
            .Select(p => Array.FindIndex(properties, prop => string.Equals(prop.Name, p.Name, StringComparison.OrdinalIgnoreCase)))
            .ToArray();
        _setAfterCreate = _members.Select((m, i) => m.Setter is not null && !_constructorMembers.Contains(i)).ToArray();
        _create = CompileConstructor(constructor);
    }

    public IReadOnlyList<MemberMap> Members => _members;

    public MemberMap? FindMember(string elementName) => _indexByElement.TryGetValue(elementName, out var i) ? _members[i] : null;

    public override BsonValue Write(object value)
    {
        var document = new BsonDocument();
        foreach (var member in _members)
        {
            document.Add(member.ElementName, _mapper.ToBsonValue(member.Getter(value), member.MemberType));
        }

        return document;
    }

    public override object? Read(BsonValue value)
    {
        if (value is not BsonDocument document)
        {
            throw PrimitiveConverters.Mismatch(value, _type);
        }

        var values = new object?[_members.Length];
        var present = new bool[_members.Length];
        for (var i = 0; i < _members.Length; i++)
        {
            values[i] = _members[i].DefaultValue;
        }

        // Unknown elements are skipped: documents outlive the classes that read them.
        foreach (var element in document)
        {
            if (_indexByElement.TryGetValue(element.Name, out var index))
            {
                values[index] = ReadMember(_members[index], element.Value);
                present[index] = true;
            }
        }

        var arguments = new object?[_constructorMembers.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = values[_constructorMembers[i]];
        }

        var instance = _create(arguments);
        for (var i = 0; i < _members.Length; i++)
        {
            if (present[i] && _setAfterCreate[i])
            {
                _members[i].Setter!(instance, values[i]);
            }
        }

        return instance;
    }

    private object? ReadMember(MemberMap member, BsonValue value)
    {
        try
        {
            return _mapper.FromBsonValue(value, member.MemberType);
        }
        catch (BsonSerializationException e)
        {
            throw new BsonSerializationException($"{_type.Name}.{member.ElementName}: {e.Message}", e);
        }
    }

    private static ConstructorInfo? ChooseConstructor(Type type, PropertyInfo[] properties)
    {
        var constructors = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance);
        var parameterless = constructors.FirstOrDefault(c => c.GetParameters().Length == 0);
        if (parameterless is not null)
        {
            return parameterless;
        }

        return constructors
            .Where(c => c.GetParameters().All(p => properties.Any(prop =>
                string.Equals(prop.Name, p.Name, StringComparison.OrdinalIgnoreCase) && prop.PropertyType == p.ParameterType)))
            .OrderByDescending(c => c.GetParameters().Length)
            .FirstOrDefault();
    }

    private static Func<object, object?> CompileGetter(Type type, PropertyInfo property)
    {
        var instance = Expression.Parameter(typeof(object), "instance");
        var body = Expression.Convert(Expression.Property(Expression.Convert(instance, type), property), typeof(object));
        return Expression.Lambda<Func<object, object?>>(body, instance).Compile();
    }

    private static Action<object, object?>? CompileSetter(Type type, PropertyInfo property)
    {
        if (property.SetMethod is not { IsPublic: true } || type.IsValueType)
        {
            return null;
        }

        var instance = Expression.Parameter(typeof(object), "instance");
        var value = Expression.Parameter(typeof(object), "value");
        var body = Expression.Assign(Expression.Property(Expression.Convert(instance, type), property), Expression.Convert(value, property.PropertyType));
        return Expression.Lambda<Action<object, object?>>(body, instance, value).Compile();
    }

    private static Func<object?[], object> CompileConstructor(ConstructorInfo constructor)
    {
        var arguments = Expression.Parameter(typeof(object?[]), "arguments");
        var parameters = constructor.GetParameters()
            .Select((p, i) => (Expression)Expression.Convert(Expression.ArrayIndex(arguments, Expression.Constant(i)), p.ParameterType));
        var body = Expression.Convert(Expression.New(constructor, parameters), typeof(object));
        return Expression.Lambda<Func<object?[], object>>(body, arguments).Compile();
    }
}
