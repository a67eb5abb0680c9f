using System.Globalization;
using Commerce.GraphQL.Language;

namespace Commerce.GraphQL.Types;

/// <summary>
/// <c>Decimal</c>: an exact decimal number (money), written as a JSON number. Literals keep their digits
/// exactly; strings such as <c>"19.99"</c> are accepted too, so clients can avoid binary floats.
/// </summary>
public sealed class DecimalType() : ScalarType("Decimal", "An exact decimal number, such as 19.99; accepted as a number or a string.")
{
    public override Type RuntimeType => typeof(decimal);

    public override object Serialize(object value) => value switch
    {
        decimal m => m,
        double or float when NumberCoercion.TryGetDouble(value, out var d) && double.IsFinite(d) => (decimal)d,
        _ when value is not bool && NumberCoercion.TryGetInteger(value, out var l) => (decimal)l,
        _ => throw new SerializationException($"Decimal cannot represent value: {ValueDisplay.Inspect(value)}"),
    };

    public override object ParseValue(object value) => value switch
    {
        decimal m => m,
        string s when TryParse(s, out var m) => m,
        double d when double.IsFinite(d) && TryParse(d.ToString("R", CultureInfo.InvariantCulture), out var m) => m,
        _ when value is not bool && NumberCoercion.TryGetInteger(value, out var l) => (decimal)l,
        _ => throw new InputCoercionException($"Decimal cannot represent value: {ValueDisplay.Inspect(value)}"),
    };

    public override object ParseLiteral(ValueNode literal) => literal switch
    {
        IntValueNode i when TryParse(i.Value, out var m) => m,
        FloatValueNode f when TryParse(f.Value, out var m) => m,
        StringValueNode s when TryParse(s.Value, out var m) => m,
        _ => throw new InputCoercionException($"Decimal cannot represent value: {Printer.Print(literal)}"),
    };

    public override ValueNode ToLiteral(object value)
    {
        var m = (decimal)ParseValue(value);
        var text = m.ToString(CultureInfo.InvariantCulture);
        return text.Contains('.') ? new FloatValueNode(text) : new IntValueNode(text);
    }

    private static bool TryParse(string text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value);
}
