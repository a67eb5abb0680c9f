namespace Commerce.Drivers.Mongo.Bson;

/// <summary>The internal MongoDB timestamp: seconds since the epoch (high 32 bits) and an ordinal (low 32 bits).</summary>
public sealed class BsonTimestamp(uint timestamp, uint increment) : BsonValue
{
    public uint Timestamp { get; } = timestamp;
    public uint Increment { get; } = increment;
    public ulong Value => ((ulong)Timestamp << 32) | Increment;
    public override BsonType BsonType => BsonType.Timestamp;
    public override bool Equals(BsonValue? other) => other is BsonTimestamp t && t.Value == Value;
    public override int GetHashCode() => Value.GetHashCode();
    public override string ToString() => $"Timestamp({Timestamp}, {Increment})";
}
