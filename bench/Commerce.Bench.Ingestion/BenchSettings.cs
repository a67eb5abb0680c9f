namespace Commerce.Bench.Ingestion;

/// <summary>--events N --producers P --orders O --products K --flush F [--cassandra "Contact Points=...;Port=..."]</summary>
public sealed record BenchSettings(int ViewsAndAdds, int Producers, int Orders, int Products, int FlushSize, string ConnectionString)
{
    public static BenchSettings Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        int Int(string name, int fallback) => Value(name) is { } v ? int.Parse(v) : fallback;
        return new BenchSettings(
            Int("--events", 200_000),
            Int("--producers", 8),
            Int("--orders", 2_000),
            Int("--products", 200),
            Int("--flush", 5_000),
            Value("--cassandra") ?? Environment.GetEnvironmentVariable("ConnectionStrings__Cassandra") ?? "Contact Points=127.0.0.1;Port=19042");
    }
}
