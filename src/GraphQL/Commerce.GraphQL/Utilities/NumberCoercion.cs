namespace Commerce.GraphQL.Utilities;

/// <summary>Reads any CLR number as an integer or a double, the way the spec's coercion rules treat numbers.</summary>
public static class NumberCoercion
{
    /// <summary>True for a numeric value with no fractional part that fits a long.</summary>
    public static bool TryGetInteger(object value, out long result)
    {
        switch (value)
        {
            case int i: result = i; return true;
            case long l: result = l; return true;
            case short s: result = s; return true;
            case byte b: result = b; return true;
            case sbyte sb: result = sb; return true;
            case ushort us: result = us; return true;
            case uint ui: result = ui; return true;
            case ulong ul when ul <= long.MaxValue: result = (long)ul; return true;
            case double d when double.IsFinite(d) && d == Math.Floor(d) && d >= long.MinValue && d < 9.2233720368547758E18:
                result = (long)d; return true;
            case float f when float.IsFinite(f) && f == MathF.Floor(f) && f >= long.MinValue && f < 9.2233720368547758E18f:
                result = (long)f; return true;
            case decimal m when m == decimal.Truncate(m) && m >= long.MinValue && m <= long.MaxValue:
                result = (long)m; return true;
            default: result = 0; return false;
        }
    }

    /// <summary>True for any numeric value.</summary>
    public static bool TryGetDouble(object value, out double result)
    {
        switch (value)
        {
            case double d: result = d; return true;
            case float f: result = f; return true;
            case decimal m: result = (double)m; return true;
            case int i: result = i; return true;
            case long l: result = l; return true;
            case short s: result = s; return true;
            case byte b: result = b; return true;
            case sbyte sb: result = sb; return true;
            case ushort us: result = us; return true;
            case uint ui: result = ui; return true;
            case ulong ul: result = ul; return true;
            default: result = 0; return false;
        }
    }
}
