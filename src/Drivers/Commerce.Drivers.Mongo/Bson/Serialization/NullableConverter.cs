namespace Commerce.Drivers.Mongo.Bson.Serialization;

/// <summary>A boxed Nullable&lt;T&gt; is either null (handled by the mapper) or a boxed T, so this only forwards.</summary>
internal sealed class NullableConverter(BsonConverter inner) : BsonConverter
{
    public override BsonValue Write(object value) => inner.Write(value);
    public override object? Read(BsonValue value) => inner.Read(value);
}
