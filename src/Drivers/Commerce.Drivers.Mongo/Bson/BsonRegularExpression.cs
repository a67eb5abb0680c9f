namespace Commerce.Drivers.Mongo.Bson;

/// <summary>A regex element. The spec requires options in alphabetical order, so they are sorted here once.</summary>
public sealed class BsonRegularExpression : BsonValue
{
    public BsonRegularExpression(string pattern, string options = "")
    {
        Pattern = pattern ?? throw new ArgumentNullException(nameof(pattern));
        var chars = (options ?? "").ToCharArray();
        Array.Sort(chars);
        Options = new string(chars);
    }

    public string Pattern { get; }
    public string Options { get; }
    public override BsonType BsonType => BsonType.RegularExpression;
    public override bool Equals(BsonValue? other) => other is BsonRegularExpression r && r.Pattern == Pattern && r.Options == Options;
    public override int GetHashCode() => HashCode.Combine(Pattern, Options);
    public override string ToString() => $"/{Pattern}/{Options}";
}
