namespace Commerce.Drivers.Mongo.Bson;

public sealed class BsonString(string value) : BsonValue
{
    public string Value { get; } = value ?? throw new ArgumentNullException(nameof(value));
    public override BsonType BsonType => BsonType.String;
    public override bool Equals(BsonValue? other) => other is BsonString s && string.Equals(s.Value, Value, StringComparison.Ordinal);
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);
    public override string ToString() => Value;
}
