namespace Commerce.Drivers.Mongo.Bson.Serialization;

internal sealed class DelegateConverter(Func<object, BsonValue> write, Func<BsonValue, object?> read) : BsonConverter
{
    public override BsonValue Write(object value) => write(value);
    public override object? Read(BsonValue value) => read(value);
}
