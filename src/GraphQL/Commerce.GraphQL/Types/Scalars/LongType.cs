using System.Globalization;
using Commerce.GraphQL.Language;

namespace Commerce.GraphQL.Types;

/// <summary><c>Long</c>: a signed 64-bit integer, written as a JSON number.</summary>
public sealed class LongType() : ScalarType("Long", "A signed 64-bit integer.")
{
    public override Type RuntimeType => typeof(long);

    public override object Serialize(object value) =>
        value is not bool && NumberCoercion.TryGetInteger(value, out var l)
            ? l
            : throw new SerializationException($"Long cannot represent value: {ValueDisplay.Inspect(value)}");

    public override object ParseValue(object value) =>
        value is not (bool or string) && NumberCoercion.TryGetInteger(value, out var l)
            ? l
            : throw new InputCoercionException($"Long cannot represent value: {ValueDisplay.Inspect(value)}");

    public override object ParseLiteral(ValueNode literal) =>
        literal is IntValueNode i && long.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)
            ? l
            : throw new InputCoercionException($"Long cannot represent value: {Printer.Print(literal)}");

    public override ValueNode ToLiteral(object value) => new IntValueNode(((long)ParseValue(value)).ToString(CultureInfo.InvariantCulture));
}
