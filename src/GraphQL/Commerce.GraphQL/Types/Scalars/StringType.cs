using System.Globalization;
using Commerce.GraphQL.Language;

namespace Commerce.GraphQL.Types;

/// <summary>The built-in <c>String</c>: a sequence of Unicode scalar values (spec 3.5.3).</summary>
public sealed class StringType() : ScalarType("String",
    "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.")
{
    public override Type RuntimeType => typeof(string);

    public override object Serialize(object value) => value switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        char c => c.ToString(),
        Enum e => e.ToString(),
        _ when NumberCoercion.TryGetDouble(value, out var d) && double.IsFinite(d) => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        _ => throw new SerializationException($"String cannot represent value: {ValueDisplay.Inspect(value)}"),
    };

    public override object ParseValue(object value) =>
        value as string ?? throw new InputCoercionException($"String cannot represent a non string value: {ValueDisplay.Inspect(value)}");

    public override object ParseLiteral(ValueNode literal) =>
        literal is StringValueNode s ? s.Value : throw new InputCoercionException($"String cannot represent a non string value: {Printer.Print(literal)}");

    public override ValueNode ToLiteral(object value) => new StringValueNode((string)ParseValue(value));
}
