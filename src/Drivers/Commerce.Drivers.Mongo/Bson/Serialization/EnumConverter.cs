namespace Commerce.Drivers.Mongo.Bson.Serialization;

/// <summary>Enums are stored by name so that reordering members does not corrupt stored data.</summary>
internal sealed class EnumConverter : BsonConverter
{
    private readonly Type _type;
    private readonly Dictionary<object, BsonString> _names = [];
    private readonly Dictionary<string, object> _values = new(StringComparer.Ordinal);

    public EnumConverter(Type type)
    {
        _type = type;
        foreach (var value in Enum.GetValues(type))
        {
            var name = Enum.GetName(type, value)!;
            _names.TryAdd(value, new BsonString(name));
            _values[name] = value;
        }
    }

    public override BsonValue Write(object value) =>
        _names.TryGetValue(value, out var name) ? name : new BsonString(value.ToString()!);

    public override object? Read(BsonValue value) => value switch
    {
        BsonString s when _values.TryGetValue(s.Value, out var v) => v,
        BsonString s when Enum.TryParse(_type, s.Value, ignoreCase: false, out var parsed) => parsed,
        BsonInt32 or BsonInt64 => Enum.ToObject(_type, value.ToInt64()),
        _ => throw new BsonSerializationException($"'{value}' is not a member of enum {_type.Name}."),
    };
}
