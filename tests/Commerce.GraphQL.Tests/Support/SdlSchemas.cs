using Commerce.GraphQL.Types;

namespace Commerce.GraphQL.Tests.Support;

/// <summary>Builds a schema from SDL with the engine's own SDL-first builder.</summary>
public static class SdlSchemas
{
    public static Schema BuildFromSdl(string sdl) => SchemaBuilder.New().AddDocumentFromString(sdl).Build();
}
