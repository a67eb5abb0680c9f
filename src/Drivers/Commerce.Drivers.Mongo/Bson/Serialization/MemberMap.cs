namespace Commerce.Drivers.Mongo.Bson.Serialization;

/// <summary>One mapped property: compiled accessors, so no reflection runs per document.</summary>
internal sealed class MemberMap(string elementName, Type memberType, Func<object, object?> getter, Action<object, object?>? setter)
{
    public string ElementName { get; } = elementName;
    public Type MemberType { get; } = memberType;
    public Func<object, object?> Getter { get; } = getter;
    public Action<object, object?>? Setter { get; } = setter;

    /// <summary>What a missing element reads as: null, or the value type's default.</summary>
    public object? DefaultValue { get; } = memberType.IsValueType && Nullable.GetUnderlyingType(memberType) is null
        ? Activator.CreateInstance(memberType)
        : null;
}
