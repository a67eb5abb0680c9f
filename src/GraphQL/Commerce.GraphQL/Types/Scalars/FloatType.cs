using System.Globalization;
using Commerce.GraphQL.Language;

namespace Commerce.GraphQL.Types;

/// <summary>The built-in <c>Float</c>: a finite IEEE 754 double (spec 3.5.2).</summary>
public sealed class FloatType() : ScalarType("Float",
    "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).")
{
    public override Type RuntimeType => typeof(double);

    public override object Serialize(object value) => value switch
    {
        double d when double.IsFinite(d) => d,
        bool b => b ? 1d : 0d,
        // graphql-js serializes numeric strings as the number they spell.
        string s when s.Length > 0 && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && double.IsFinite(parsed) => parsed,
        _ when NumberCoercion.TryGetDouble(value, out var d) && double.IsFinite(d) => d,
        _ => throw new SerializationException($"Float cannot represent non numeric value: {ValueDisplay.Inspect(value)}"),
    };

    public override object ParseValue(object value) =>
        value is not (bool or string) && NumberCoercion.TryGetDouble(value, out var d) && double.IsFinite(d)
            ? d
            : throw new InputCoercionException($"Float cannot represent non numeric value: {ValueDisplay.Inspect(value)}");

    public override object ParseLiteral(ValueNode literal) => literal switch
    {
        IntValueNode i => double.Parse(i.Value, CultureInfo.InvariantCulture),
        FloatValueNode f => double.Parse(f.Value, CultureInfo.InvariantCulture),
        _ => throw new InputCoercionException($"Float cannot represent non numeric value: {Printer.Print(literal)}"),
    };

    public override ValueNode ToLiteral(object value)
    {
        var d = (double)ParseValue(value);
        var text = d.ToString("R", CultureInfo.InvariantCulture);
        return d == Math.Floor(d) && Math.Abs(d) < 1e21 ? new IntValueNode(text) : new FloatValueNode(text);
    }
}
