namespace Commerce.Drivers.Mongo.Bson;

public sealed class BsonBoolean : BsonValue
{
    public static BsonBoolean True { get; } = new(true);
    public static BsonBoolean False { get; } = new(false);

    private BsonBoolean(bool value) => Value = value;

    public bool Value { get; }
    public override BsonType BsonType => BsonType.Boolean;
    public override bool Equals(BsonValue? other) => other is BsonBoolean b && b.Value == Value;
    public override int GetHashCode() => Value ? 1 : 0;
    public override string ToString() => Value ? "true" : "false";
}
