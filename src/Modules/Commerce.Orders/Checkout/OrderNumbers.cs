using System.Globalization;

namespace Commerce.Orders;

/// <summary>Order numbers read CG-YYYY-NNNNNN: the year of the order and a value of the schema's sequence.</summary>
public static class OrderNumbers
{
    public static string Format(int year, long sequenceValue) =>
        string.Create(CultureInfo.InvariantCulture, $"CG-{year:D4}-{sequenceValue:D6}");
}
