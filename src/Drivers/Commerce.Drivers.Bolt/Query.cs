using System.Collections;

namespace Commerce.Drivers.Bolt;

/// <summary>A Cypher query and its parameters (values travel separately from the text, always).</summary>
public sealed class Query
{
    private static readonly IReadOnlyDictionary<string, object?> NoParameters = new Dictionary<string, object?>();

    public Query(string text, object? parameters = null)
    {
        Text = text;
        Parameters = ToDictionary(parameters);
    }

    public string Text { get; }

    public IReadOnlyDictionary<string, object?> Parameters { get; }

    public override string ToString() => Text;

    /// <summary>Accepts dictionaries or any object whose public properties name the parameters (e.g. an anonymous type).</summary>
    private static IReadOnlyDictionary<string, object?> ToDictionary(object? parameters) => parameters switch
    {
        null => NoParameters,
        IReadOnlyDictionary<string, object?> map => map,
        IDictionary<string, object?> map => map.ToDictionary(p => p.Key, p => p.Value),
        IDictionary legacy => legacy.Cast<DictionaryEntry>().ToDictionary(e => e.Key as string ?? throw new ArgumentException("Parameter names must be strings."), e => e.Value),
        _ => parameters.GetType().GetProperties()
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
            .ToDictionary(p => p.Name, p => p.GetValue(parameters)),
    };
}
