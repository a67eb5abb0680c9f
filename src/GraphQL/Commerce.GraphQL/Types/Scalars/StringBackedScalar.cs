using Commerce.GraphQL.Language;

namespace Commerce.GraphQL.Types;

/// <summary>A scalar whose values travel as strings in both directions (dates, UUIDs, URLs).</summary>
public abstract class StringBackedScalar<T>(string name, string description) : ScalarType(name, description)
    where T : notnull
{
    public override Type RuntimeType => typeof(T);

    protected abstract bool TryParse(string text, out T value);

    protected abstract string Format(T value);

    public override object Serialize(object value) => value switch
    {
        T typed => Format(typed),
        string s when TryParse(s, out var parsed) => Format(parsed),
        _ => Convert(value) is { } converted ? Format(converted) : throw new SerializationException($"{Name} cannot represent value: {ValueDisplay.Inspect(value)}"),
    };

    public override object ParseValue(object value) =>
        value is string s && TryParse(s, out var parsed)
            ? parsed
            : throw new InputCoercionException($"{Name} cannot represent value: {ValueDisplay.Inspect(value)}");

    public override object ParseLiteral(ValueNode literal) =>
        literal is StringValueNode s && TryParse(s.Value, out var parsed)
            ? parsed
            : throw new InputCoercionException($"{Name} cannot represent value: {Printer.Print(literal)}");

    public override ValueNode ToLiteral(object value) => new StringValueNode((string)Serialize(value));

    /// <summary>Other runtime representations accepted on output (e.g. DateTime for DateTimeOffset).</summary>
    protected virtual T? Convert(object value) => default;
}
