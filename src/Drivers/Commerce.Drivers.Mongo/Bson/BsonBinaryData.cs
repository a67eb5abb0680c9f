namespace Commerce.Drivers.Mongo.Bson;

public sealed class BsonBinaryData : BsonValue
{
    private readonly byte[] _bytes;

    public BsonBinaryData(byte[] bytes, BsonBinarySubType subType = BsonBinarySubType.Binary)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (subType is BsonBinarySubType.UuidStandard or BsonBinarySubType.UuidLegacy && bytes.Length != 16)
        {
            throw new ArgumentException("A UUID binary must be 16 bytes long.", nameof(bytes));
        }

        _bytes = bytes;
        SubType = subType;
    }

    public ReadOnlyMemory<byte> Bytes => _bytes;
    public BsonBinarySubType SubType { get; }
    public override BsonType BsonType => BsonType.Binary;

    /// <summary>Subtype 4 holds the UUID in RFC 4122 (big-endian) byte order.</summary>
    public static BsonBinaryData FromGuid(Guid value) => new(value.ToByteArray(bigEndian: true), BsonBinarySubType.UuidStandard);

    public Guid ToGuid() => SubType == BsonBinarySubType.UuidStandard
        ? new Guid(_bytes, bigEndian: true)
        : throw new InvalidCastException($"Binary subtype {SubType} is not a standard UUID (subtype 4).");

    public override bool Equals(BsonValue? other) => other is BsonBinaryData b && b.SubType == SubType && b._bytes.AsSpan().SequenceEqual(_bytes);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(SubType);
        hash.AddBytes(_bytes);
        return hash.ToHashCode();
    }

    public override string ToString() => $"Binary({(byte)SubType:x2}, {Convert.ToBase64String(_bytes)})";
}
