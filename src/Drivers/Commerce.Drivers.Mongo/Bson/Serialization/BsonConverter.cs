namespace Commerce.Drivers.Mongo.Bson.Serialization;

/// <summary>
/// Converts one C# type to and from BSON values. Built once per type by <see cref="BsonMapper"/>;
/// nulls never reach a converter (the mapper handles them).
/// </summary>
internal abstract class BsonConverter
{
    public abstract BsonValue Write(object value);
    public abstract object? Read(BsonValue value);
}
