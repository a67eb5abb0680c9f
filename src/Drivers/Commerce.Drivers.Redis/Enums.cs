namespace Commerce.Drivers.Redis;

/// <summary>When a write applies: always, only if the key/field exists (XX), or only if it does not (NX).</summary>
public enum When
{
    Always,
    Exists,
    NotExists,
}

/// <summary>Which bounds of a score range are exclusive.</summary>
[Flags]
public enum Exclude
{
    None = 0,
    Start = 1,
    Stop = 2,
    Both = Start | Stop,
}

public enum Order
{
    Ascending,
    Descending,
}
