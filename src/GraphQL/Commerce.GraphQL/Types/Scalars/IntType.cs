using System.Globalization;
using Commerce.GraphQL.Language;

namespace Commerce.GraphQL.Types;

/// <summary>The built-in <c>Int</c>: a signed 32-bit integer (spec 3.5.1).</summary>
public sealed class IntType() : ScalarType("Int",
    "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.")
{
    public override Type RuntimeType => typeof(int);

    public override object Serialize(object value) => value switch
    {
        int i => i,
        bool b => b ? 1 : 0,
        // graphql-js serializes numeric strings as the number they spell.
        string s when s.Length > 0 && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)
            && NumberCoercion.TryGetInteger(parsed, out var fromString) => fromString is >= int.MinValue and <= int.MaxValue
            ? (int)fromString
            : throw new SerializationException($"Int cannot represent non 32-bit signed integer value: {ValueDisplay.Inspect(value)}"),
        _ when NumberCoercion.TryGetInteger(value, out var l) => l is >= int.MinValue and <= int.MaxValue
            ? (int)l
            : throw new SerializationException($"Int cannot represent non 32-bit signed integer value: {ValueDisplay.Inspect(value)}"),
        _ => throw new SerializationException($"Int cannot represent non-integer value: {ValueDisplay.Inspect(value)}"),
    };

    public override object ParseValue(object value)
    {
        if (value is bool || !NumberCoercion.TryGetInteger(value, out var l) || value is string)
        {
            throw new InputCoercionException($"Int cannot represent non-integer value: {ValueDisplay.Inspect(value)}");
        }

        return l is >= int.MinValue and <= int.MaxValue
            ? (int)l
            : throw new InputCoercionException($"Int cannot represent non 32-bit signed integer value: {ValueDisplay.Inspect(value)}");
    }

    public override object ParseLiteral(ValueNode literal)
    {
        if (literal is not IntValueNode intValue)
        {
            throw new InputCoercionException($"Int cannot represent non-integer value: {Printer.Print(literal)}");
        }

        return int.TryParse(intValue.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i)
            ? i
            : throw new InputCoercionException($"Int cannot represent non 32-bit signed integer value: {intValue.Value}");
    }

    public override ValueNode ToLiteral(object value) => new IntValueNode(((int)ParseValue(value)).ToString(CultureInfo.InvariantCulture));
}
