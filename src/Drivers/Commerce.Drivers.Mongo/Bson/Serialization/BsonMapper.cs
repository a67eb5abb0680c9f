using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;

namespace Commerce.Drivers.Mongo.Bson.Serialization;

/// <summary>
/// Maps C# values to BSON and back. Each type's converter is built on first use and cached in
/// this instance, so the per-document path is compiled delegates and dictionary lookups only.
/// A <see cref="MongoClient"/> owns one mapper; share it rather than creating one per call.
/// </summary>
public sealed class BsonMapper
{
    private readonly ConcurrentDictionary<Type, BsonConverter> _converters = new();

    public BsonDocument ToDocument<T>(T value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return ToBsonValue(value, typeof(T)) as BsonDocument
            ?? throw new BsonSerializationException($"{typeof(T)} does not map to a BSON document.");
    }

    public T FromDocument<T>(BsonDocument document) => (T)FromBsonValue(document, typeof(T))!;

    public BsonValue ToBsonValue(object? value, Type type)
    {
        if (value is null)
        {
            return BsonNull.Value;
        }

        // The declared type decides the shape (an IReadOnlyList<T> member may hold a compiler-made
        // list type); only members declared as object are mapped by what they hold.
        return GetConverter(type == typeof(object) ? value.GetType() : type).Write(value);
    }

    public object? FromBsonValue(BsonValue value, Type type)
    {
        if (value is BsonNull && type != typeof(BsonValue) && type != typeof(BsonNull))
        {
            return !type.IsValueType || Nullable.GetUnderlyingType(type) is not null
                ? null
                : throw new BsonSerializationException($"BSON null cannot be read as non-nullable {type.Name}.");
        }

        return GetConverter(type).Read(value);
    }

    /// <summary>The element name a property maps to; useful for building filters that match the mapping.</summary>
    public static string ElementNameOf(PropertyInfo property)
    {
        if (property.GetCustomAttribute<BsonElementAttribute>() is { } attribute)
        {
            return attribute.ElementName;
        }

        return property.Name == "Id" ? "_id" : JsonNamingPolicy.CamelCase.ConvertName(property.Name);
    }

    internal BsonConverter GetConverter(Type type) => _converters.GetOrAdd(type, Create);

    private BsonConverter Create(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return new NullableConverter(GetConverter(underlying));
        }

        if (type.IsEnum)
        {
            return new EnumConverter(type);
        }

        return PrimitiveConverters.For(type)
            ?? DictionaryConverter.TryCreate(this, type)
            ?? CollectionConverter.TryCreate(this, type)
            ?? (type.IsClass || (type.IsValueType && !type.IsPrimitive)
                ? new ClassMapConverter(this, type)
                : throw new BsonSerializationException($"No BSON mapping for {type}."));
    }
}
