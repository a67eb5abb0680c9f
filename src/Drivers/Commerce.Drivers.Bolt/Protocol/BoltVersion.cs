namespace Commerce.Drivers.Bolt.Protocol;

/// <summary>A Bolt protocol version, ordered by major then minor.</summary>
public readonly record struct BoltVersion(int Major, int Minor) : IComparable<BoltVersion>
{
    public static readonly BoltVersion V1 = new(1, 0);
    public static readonly BoltVersion V2 = new(2, 0);
    public static readonly BoltVersion V3 = new(3, 0);
    public static readonly BoltVersion V4_0 = new(4, 0);
    public static readonly BoltVersion V4_4 = new(4, 4);
    public static readonly BoltVersion V5_0 = new(5, 0);
    public static readonly BoltVersion V5_1 = new(5, 1);
    public static readonly BoltVersion V5_3 = new(5, 3);
    public static readonly BoltVersion V5_4 = new(5, 4);

    public int CompareTo(BoltVersion other) => Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    public static bool operator <(BoltVersion a, BoltVersion b) => a.CompareTo(b) < 0;
    public static bool operator >(BoltVersion a, BoltVersion b) => a.CompareTo(b) > 0;
    public static bool operator <=(BoltVersion a, BoltVersion b) => a.CompareTo(b) <= 0;
    public static bool operator >=(BoltVersion a, BoltVersion b) => a.CompareTo(b) >= 0;

    public override string ToString() => $"{Major}.{Minor}";
}
