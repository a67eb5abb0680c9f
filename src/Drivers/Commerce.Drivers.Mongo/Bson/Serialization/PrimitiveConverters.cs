namespace Commerce.Drivers.Mongo.Bson.Serialization;

/// <summary>The scalar C# types with a natural BSON type. Reads accept the lossless widenings servers produce.</summary>
internal static class PrimitiveConverters
{
    public static BsonConverter? For(Type type)
    {
        if (typeof(BsonValue).IsAssignableFrom(type))
        {
            return new DelegateConverter(v => (BsonValue)v, v => type.IsInstanceOfType(v) ? v : throw Mismatch(v, type));
        }

        return type switch
        {
            _ when type == typeof(string) => new DelegateConverter(v => new BsonString((string)v), v => v is BsonString s ? s.Value : throw Mismatch(v, type)),
            _ when type == typeof(int) => new DelegateConverter(v => new BsonInt32((int)v), v => Numeric(v, type, () => v.ToInt32())),
            _ when type == typeof(long) => new DelegateConverter(v => new BsonInt64((long)v), v => Numeric(v, type, () => v.ToInt64())),
            _ when type == typeof(double) => new DelegateConverter(v => new BsonDouble((double)v), v => Numeric(v, type, () => v.ToDouble())),
            _ when type == typeof(float) => new DelegateConverter(v => new BsonDouble((float)v), v => Numeric(v, type, () => (float)v.ToDouble())),
            _ when type == typeof(bool) => new DelegateConverter(v => (bool)v ? BsonBoolean.True : BsonBoolean.False, v => v is BsonBoolean b ? b.Value : throw Mismatch(v, type)),
            _ when type == typeof(decimal) => new DelegateConverter(v => new BsonDecimal128(Decimal128.FromDecimal((decimal)v)), ReadDecimal),
            _ when type == typeof(Decimal128) => new DelegateConverter(v => new BsonDecimal128((Decimal128)v), v => v is BsonDecimal128 d ? d.Value : throw Mismatch(v, type)),
            _ when type == typeof(DateTime) => new DelegateConverter(v => new BsonDateTime((DateTime)v), v => v is BsonDateTime d ? d.ToUniversalTime() : throw Mismatch(v, type)),
            _ when type == typeof(DateTimeOffset) => new DelegateConverter(v => new BsonDateTime((DateTimeOffset)v), v => v is BsonDateTime d ? d.ToDateTimeOffset() : throw Mismatch(v, type)),
            _ when type == typeof(Guid) => new DelegateConverter(v => BsonBinaryData.FromGuid((Guid)v), v => v is BsonBinaryData b ? b.ToGuid() : throw Mismatch(v, type)),
            _ when type == typeof(ObjectId) => new DelegateConverter(v => new BsonObjectId((ObjectId)v), v => v is BsonObjectId o ? o.Value : throw Mismatch(v, type)),
            _ when type == typeof(byte[]) => new DelegateConverter(v => new BsonBinaryData((byte[])v), v => v is BsonBinaryData b ? b.Bytes.ToArray() : throw Mismatch(v, type)),
            _ => null,
        };
    }

    // Money must not pass through binary floating point, so doubles are refused here.
    private static object ReadDecimal(BsonValue value) => value switch
    {
        BsonDecimal128 d => d.Value.ToDecimal(),
        BsonInt32 i => (decimal)i.Value,
        BsonInt64 l => (decimal)l.Value,
        _ => throw Mismatch(value, typeof(decimal)),
    };

    private static object Numeric(BsonValue value, Type type, Func<object> convert)
    {
        if (!value.IsNumeric || value.IsDecimal128)
        {
            throw Mismatch(value, type);
        }

        try
        {
            return convert();
        }
        catch (Exception e) when (e is InvalidCastException or OverflowException)
        {
            throw new BsonSerializationException($"BSON {value.BsonType} {value} does not fit {type.Name}.", e);
        }
    }

    internal static BsonSerializationException Mismatch(BsonValue value, Type type) =>
        new($"Cannot read BSON {value.BsonType} as {type.Name}.");
}
