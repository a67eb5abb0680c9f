namespace Commerce.Drivers.Mongo.Bson;

/// <summary>
/// A BSON value. Subclasses are immutable except <see cref="BsonDocument"/> and <see cref="BsonArray"/>;
/// equality is by value, as the official driver's users expect when comparing documents.
/// </summary>
public abstract class BsonValue : IEquatable<BsonValue>
{
    private protected BsonValue() { }

    public abstract BsonType BsonType { get; }

    public bool IsBsonNull => BsonType == BsonType.Null;
    public bool IsString => BsonType == BsonType.String;
    public bool IsInt32 => BsonType == BsonType.Int32;
    public bool IsInt64 => BsonType == BsonType.Int64;
    public bool IsDouble => BsonType == BsonType.Double;
    public bool IsBoolean => BsonType == BsonType.Boolean;
    public bool IsDecimal128 => BsonType == BsonType.Decimal128;
    public bool IsObjectId => BsonType == BsonType.ObjectId;
    public bool IsBsonDocument => BsonType == BsonType.Document;
    public bool IsBsonArray => BsonType == BsonType.Array;
    public bool IsNumeric => BsonType is BsonType.Int32 or BsonType.Int64 or BsonType.Double or BsonType.Decimal128;

    public string AsString => As<BsonString>().Value;
    public int AsInt32 => As<BsonInt32>().Value;
    public long AsInt64 => As<BsonInt64>().Value;
    public double AsDouble => As<BsonDouble>().Value;
    public bool AsBoolean => As<BsonBoolean>().Value;
    public Decimal128 AsDecimal128 => As<BsonDecimal128>().Value;
    public decimal AsDecimal => As<BsonDecimal128>().Value.ToDecimal();
    public ObjectId AsObjectId => As<BsonObjectId>().Value;
    public BsonDocument AsBsonDocument => As<BsonDocument>();
    public BsonArray AsBsonArray => As<BsonArray>();
    public BsonBinaryData AsBsonBinaryData => As<BsonBinaryData>();
    public BsonDateTime AsBsonDateTime => As<BsonDateTime>();
    public BsonRegularExpression AsBsonRegularExpression => As<BsonRegularExpression>();
    public BsonTimestamp AsBsonTimestamp => As<BsonTimestamp>();
    public Guid AsGuid => As<BsonBinaryData>().ToGuid();

    /// <summary>The value as a 64-bit integer, widening Int32 and accepting integral doubles (servers mix them in replies).</summary>
    public long ToInt64() => this switch
    {
        BsonInt32 i => i.Value,
        BsonInt64 l => l.Value,
        BsonDouble d when d.Value == Math.Floor(d.Value) && Math.Abs(d.Value) < 9.2e18 => (long)d.Value,
        _ => throw new InvalidCastException($"Cannot convert BSON {BsonType} to Int64."),
    };

    public int ToInt32() => checked((int)ToInt64());

    public double ToDouble() => this switch
    {
        BsonDouble d => d.Value,
        BsonInt32 i => i.Value,
        BsonInt64 l => l.Value,
        _ => throw new InvalidCastException($"Cannot convert BSON {BsonType} to Double."),
    };

    /// <summary>Truthiness as the server uses it for fields such as <c>ok</c>.</summary>
    public bool ToBoolean() => this switch
    {
        BsonBoolean b => b.Value,
        BsonNull => false,
        BsonInt32 i => i.Value != 0,
        BsonInt64 l => l.Value != 0,
        BsonDouble d => d.Value != 0 && !double.IsNaN(d.Value),
        _ => true,
    };

    public virtual BsonValue this[string name] => throw new InvalidOperationException($"BSON {BsonType} has no named elements.");
    public virtual BsonValue this[int index] => throw new InvalidOperationException($"BSON {BsonType} has no indexed elements.");

    private T As<T>() where T : BsonValue =>
        this as T ?? throw new InvalidCastException($"BSON value is {BsonType}, not {typeof(T).Name}.");

    public abstract bool Equals(BsonValue? other);
    public override bool Equals(object? obj) => obj is BsonValue other && Equals(other);
    public abstract override int GetHashCode();

    public static bool operator ==(BsonValue? left, BsonValue? right) => left is null ? right is null : left.Equals(right);
    public static bool operator !=(BsonValue? left, BsonValue? right) => !(left == right);

    public static implicit operator BsonValue(string? value) => value is null ? BsonNull.Value : new BsonString(value);
    public static implicit operator BsonValue(int value) => new BsonInt32(value);
    public static implicit operator BsonValue(long value) => new BsonInt64(value);
    public static implicit operator BsonValue(double value) => new BsonDouble(value);
    public static implicit operator BsonValue(bool value) => value ? BsonBoolean.True : BsonBoolean.False;
    public static implicit operator BsonValue(decimal value) => new BsonDecimal128(Decimal128.FromDecimal(value));
    public static implicit operator BsonValue(Decimal128 value) => new BsonDecimal128(value);
    public static implicit operator BsonValue(ObjectId value) => new BsonObjectId(value);
    public static implicit operator BsonValue(DateTime value) => new BsonDateTime(value);
    public static implicit operator BsonValue(DateTimeOffset value) => new BsonDateTime(value);
    public static implicit operator BsonValue(Guid value) => BsonBinaryData.FromGuid(value);
    public static implicit operator BsonValue(byte[]? value) => value is null ? BsonNull.Value : new BsonBinaryData(value);
}
