namespace Commerce.Drivers.Mongo.Bson;

public sealed class BsonInt32(int value) : BsonValue
{
    public int Value { get; } = value;
    public override BsonType BsonType => BsonType.Int32;
    public override bool Equals(BsonValue? other) => other is BsonInt32 i && i.Value == Value;
    public override int GetHashCode() => Value;
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
