namespace Commerce.Drivers.Mongo.Bson;

public sealed class BsonObjectId(ObjectId value) : BsonValue
{
    public ObjectId Value { get; } = value;
    public override BsonType BsonType => BsonType.ObjectId;
    public override bool Equals(BsonValue? other) => other is BsonObjectId o && o.Value == Value;
    public override int GetHashCode() => Value.GetHashCode();
    public override string ToString() => Value.ToString();
}
