namespace Commerce.Drivers.Mongo.Bson;

public sealed class BsonDouble(double value) : BsonValue
{
    public double Value { get; } = value;
    public override BsonType BsonType => BsonType.Double;
    // Bitwise comparison so NaN equals NaN and -0.0 differs from 0.0, as they differ on the wire.
    public override bool Equals(BsonValue? other) => other is BsonDouble d && BitConverter.DoubleToInt64Bits(d.Value) == BitConverter.DoubleToInt64Bits(Value);
    public override int GetHashCode() => Value.GetHashCode();
    public override string ToString() => Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
