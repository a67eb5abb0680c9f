using Commerce.GraphQL.Language;

namespace Commerce.GraphQL.Types;

/// <summary>The built-in <c>Boolean</c> (spec 3.5.4).</summary>
public sealed class BooleanType() : ScalarType("Boolean", "The `Boolean` scalar type represents `true` or `false`.")
{
    public override Type RuntimeType => typeof(bool);

    public override object Serialize(object value) => value switch
    {
        bool b => b,
        _ when value is not string && NumberCoercion.TryGetDouble(value, out var d) && double.IsFinite(d) => d != 0,
        _ => throw new SerializationException($"Boolean cannot represent a non boolean value: {ValueDisplay.Inspect(value)}"),
    };

    public override object ParseValue(object value) =>
        value is bool b ? b : throw new InputCoercionException($"Boolean cannot represent a non boolean value: {ValueDisplay.Inspect(value)}");

    public override object ParseLiteral(ValueNode literal) =>
        literal is BooleanValueNode b ? b.Value : throw new InputCoercionException($"Boolean cannot represent a non boolean value: {Printer.Print(literal)}");

    public override ValueNode ToLiteral(object value) => new BooleanValueNode((bool)ParseValue(value));
}
