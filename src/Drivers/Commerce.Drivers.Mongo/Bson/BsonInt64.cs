namespace Commerce.Drivers.Mongo.Bson;

public sealed class BsonInt64(long value) : BsonValue
{
    public long Value { get; } = value;
    public override BsonType BsonType => BsonType.Int64;
    public override bool Equals(BsonValue? other) => other is BsonInt64 i && i.Value == Value;
    public override int GetHashCode() => Value.GetHashCode();
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
