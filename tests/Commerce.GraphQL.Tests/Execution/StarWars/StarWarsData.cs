namespace Commerce.GraphQL.Tests.Execution.StarWars;

/// <summary>The characters of graphql-js's Star Wars test data; episodes are the numbers 4, 5 and 6.</summary>
public abstract record Character(string Id, string Name, string[] Friends, int[] AppearsIn);

public sealed record Human(string Id, string Name, string[] Friends, int[] AppearsIn, string? HomePlanet) : Character(Id, Name, Friends, AppearsIn);

public sealed record Droid(string Id, string Name, string[] Friends, int[] AppearsIn, string PrimaryFunction) : Character(Id, Name, Friends, AppearsIn);

public static class StarWarsData
{
    public static readonly IReadOnlyDictionary<string, Human> Humans = new[]
    {
        new Human("1000", "Luke Skywalker", ["1002", "1003", "2000", "2001"], [4, 5, 6], "Tatooine"),
        new Human("1001", "Darth Vader", ["1004"], [4, 5, 6], "Tatooine"),
        new Human("1002", "Han Solo", ["1000", "1003", "2001"], [4, 5, 6], null),
        new Human("1003", "Leia Organa", ["1000", "1002", "2000", "2001"], [4, 5, 6], "Alderaan"),
        new Human("1004", "Wilhuff Tarkin", ["1001"], [4], null),
    }.ToDictionary(h => h.Id);

    public static readonly IReadOnlyDictionary<string, Droid> Droids = new[]
    {
        new Droid("2000", "C-3PO", ["1000", "1002", "1003", "2001"], [4, 5, 6], "Protocol"),
        new Droid("2001", "R2-D2", ["1000", "1002", "1003"], [4, 5, 6], "Astromech"),
    }.ToDictionary(d => d.Id);

    public static Character? GetCharacter(string id) =>
        Humans.TryGetValue(id, out var human) ? human : Droids.TryGetValue(id, out var droid) ? droid : null;

    /// <summary>Luke is the hero of The Empire Strikes Back; R2-D2 of the saga and the other films.</summary>
    public static Character GetHero(int? episode) => episode == 5 ? Humans["1000"] : Droids["2001"];
}
