namespace Commerce.Drivers.Mongo.Bson.Serialization;

/// <summary>Overrides the element name a member maps to (by default its camelCase name, or <c>_id</c> for <c>Id</c>).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class BsonElementAttribute(string elementName) : Attribute
{
    public string ElementName { get; } = elementName;
}
