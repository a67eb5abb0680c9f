namespace Commerce.Drivers.Mongo.Operations;

/// <summary>The three write commands, each with the name of its OP_MSG document sequence.</summary>
internal sealed record WriteCommandKind(string CommandName, string SequenceName)
{
    public static WriteCommandKind Insert { get; } = new("insert", "documents");
    public static WriteCommandKind Update { get; } = new("update", "updates");
    public static WriteCommandKind Delete { get; } = new("delete", "deletes");
}
