using System.Collections;
using System.Linq.Expressions;

namespace Commerce.Drivers.Mongo.Bson.Serialization;

/// <summary>String-keyed dictionaries as sub-documents; keys are data, so they are not camelCased.</summary>
internal sealed class DictionaryConverter : BsonConverter
{
    private readonly BsonMapper _mapper;
    private readonly Type _valueType;
    private readonly Func<IDictionary> _newDictionary;

    private DictionaryConverter(BsonMapper mapper, Type valueType, Func<IDictionary> newDictionary)
    {
        _mapper = mapper;
        _valueType = valueType;
        _newDictionary = newDictionary;
    }

    public static BsonConverter? TryCreate(BsonMapper mapper, Type type)
    {
        if (!type.IsGenericType)
        {
            return null;
        }

        var definition = type.GetGenericTypeDefinition();
        if (definition != typeof(Dictionary<,>) && definition != typeof(IDictionary<,>) && definition != typeof(IReadOnlyDictionary<,>))
        {
            return null;
        }

        var args = type.GetGenericArguments();
        if (args[0] != typeof(string))
        {
            throw new BsonSerializationException($"Dictionary keys must be strings to map to BSON ({type}).");
        }

        var concrete = typeof(Dictionary<,>).MakeGenericType(args);
        var create = Expression.Lambda<Func<IDictionary>>(Expression.New(concrete)).Compile();
        return new DictionaryConverter(mapper, args[1], create);
    }

    public override BsonValue Write(object value)
    {
        var document = new BsonDocument();
        foreach (DictionaryEntry entry in (IDictionary)value)
        {
            document.Add((string)entry.Key, _mapper.ToBsonValue(entry.Value, _valueType));
        }

        return document;
    }

    public override object? Read(BsonValue value)
    {
        if (value is not BsonDocument document)
        {
            throw PrimitiveConverters.Mismatch(value, typeof(Dictionary<,>).MakeGenericType(typeof(string), _valueType));
        }

        var dictionary = _newDictionary();
        foreach (var element in document)
        {
            dictionary[element.Name] = _mapper.FromBsonValue(element.Value, _valueType);
        }

        return dictionary;
    }
}
