namespace Commerce.Drivers.Mongo.Bson;

public sealed class BsonNull : BsonValue
{
    public static BsonNull Value { get; } = new();
    private BsonNull() { }
    public override BsonType BsonType => BsonType.Null;
    public override bool Equals(BsonValue? other) => other is BsonNull;
    public override int GetHashCode() => 0;
    public override string ToString() => "null";
}
