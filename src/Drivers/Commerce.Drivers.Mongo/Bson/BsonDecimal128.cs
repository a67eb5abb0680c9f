namespace Commerce.Drivers.Mongo.Bson;

public sealed class BsonDecimal128(Decimal128 value) : BsonValue
{
    public Decimal128 Value { get; } = value;
    public override BsonType BsonType => BsonType.Decimal128;
    public override bool Equals(BsonValue? other) => other is BsonDecimal128 d && d.Value == Value;
    public override int GetHashCode() => Value.GetHashCode();
    public override string ToString() => Value.ToString();
}
