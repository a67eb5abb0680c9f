namespace Commerce.Drivers.Cql;

/// <summary>
/// A bound value meaning "leave this column as it is" ([value] with n == -2, protocol v4 only).
/// On a v3 connection binding it is an error, since v3 has no way to say it.
/// </summary>
public sealed class Unset
{
    private Unset() { }

    public static Unset Value { get; } = new();

    public override string ToString() => "unset";
}
