using Commerce.GraphQL.Execution;
using Commerce.GraphQL.Types;

namespace Commerce.GraphQL.Tests.Execution.StarWars;

/// <summary>
/// graphql-js's Star Wars test schema, re-expressed with our type classes. Friends resolve asynchronously (as the
/// original's promises do) so the corpus exercises the executor's pending path as well as its synchronous one.
/// </summary>
public static class StarWarsSchema
{
    public static Schema Create()
    {
        var stringType = BuiltInScalars.Create("String")!;
        var episode = new EnumType("Episode", "One of the films in the Star Wars Trilogy");
        episode.AddValue(new EnumValue("NEW_HOPE", 4) { Description = "Released in 1977." });
        episode.AddValue(new EnumValue("EMPIRE", 5) { Description = "Released in 1980." });
        episode.AddValue(new EnumValue("JEDI", 6) { Description = "Released in 1983." });

        var character = new InterfaceType("Character", "A character in the Star Wars Trilogy");
        var human = new ObjectType("Human", "A humanoid creature in the Star Wars universe.");
        var droid = new ObjectType("Droid", "A mechanical creature in the Star Wars universe.");
        character.ResolveType = (value, _) => value is Human ? human : droid;

        Field(character, "id", new NonNullType(stringType), "The id of the character.");
        Field(character, "name", stringType, "The name of the character.");
        Field(character, "friends", new ListType(character), "The friends of the character, or an empty list if they have none.");
        Field(character, "appearsIn", new ListType(episode), "Which movies they appear in.");
        Field(character, "secretBackstory", stringType, "All secrets about their past.");

        Field(human, "id", new NonNullType(stringType), "The id of the human.");
        Field(human, "name", stringType, "The name of the human.");
        Field(human, "friends", new ListType(character), "The friends of the human, or an empty list if they have none.", ResolveFriends);
        Field(human, "appearsIn", new ListType(episode), "Which movies they appear in.");
        Field(human, "homePlanet", stringType, "The home planet of the human, or null if unknown.");
        Field(human, "secretBackstory", stringType, "Where are they from and how they came to be who they are.", ResolveSecret);
        human.Interfaces.Add(character);

        Field(droid, "id", new NonNullType(stringType), "The id of the droid.");
        Field(droid, "name", stringType, "The name of the droid.");
        Field(droid, "friends", new ListType(character), "The friends of the droid, or an empty list if they have none.", ResolveFriends);
        Field(droid, "appearsIn", new ListType(episode), "Which movies they appear in.");
        Field(droid, "secretBackstory", stringType, "Construction date and the name of the designer.", ResolveSecret);
        Field(droid, "primaryFunction", stringType, "The primary function of the droid.");
        droid.Interfaces.Add(character);

        var query = new ObjectType("Query");
        var hero = Field(query, "hero", character, null, c => new ValueTask<object?>(StarWarsData.GetHero(c.ArgumentValue<int?>("episode"))));
        hero.Arguments.Add(new InputField("episode", episode)
        {
            Description = "If omitted, returns the hero of the whole saga. If provided, returns the hero of that particular episode.",
        });
        var humanField = Field(query, "human", human, null, c => new ValueTask<object?>(StarWarsData.Humans.GetValueOrDefault(c.ArgumentValue<string>("id"))));
        humanField.Arguments.Add(new InputField("id", new NonNullType(stringType)) { Description = "id of the human" });
        var droidField = Field(query, "droid", droid, null, c => new ValueTask<object?>(StarWarsData.Droids.GetValueOrDefault(c.ArgumentValue<string>("id"))));
        droidField.Arguments.Add(new InputField("id", new NonNullType(stringType)) { Description = "id of the droid" });

        return new Schema(query, types: [human, droid]);
    }

    private static async ValueTask<object?> ResolveFriends(IResolverContext context)
    {
        await Task.Yield();
        return context.ParentAs<Character>().Friends.Select(StarWarsData.GetCharacter).ToList();
    }

    private static ValueTask<object?> ResolveSecret(IResolverContext context) =>
        throw new GraphQLException(new GraphQLError("secretBackstory is secret."));

    private static OutputField Field(ComplexType type, string name, GraphQLType fieldType, string? description, FieldResolver? resolver = null)
    {
        var field = new OutputField(name, fieldType) { Description = description, Resolver = resolver };
        type.Fields.Add(field);
        return field;
    }
}
