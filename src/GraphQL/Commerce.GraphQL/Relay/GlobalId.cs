using System.Text;

namespace Commerce.GraphQL.Relay;

/// <summary>Global object ids: the type name and the type's own id, joined and base64-encoded, opaque to clients.</summary>
public static class GlobalId
{
    public static string Encode(string typeName, string id) => Convert.ToBase64String(Encoding.UTF8.GetBytes(typeName + ":" + id));

    public static (string TypeName, string Id) Decode(string globalId)
    {
        var buffer = new byte[(globalId.Length * 3 / 4) + 3];
        if (Convert.TryFromBase64String(globalId, buffer, out var written))
        {
            var text = Encoding.UTF8.GetString(buffer, 0, written);
            var separator = text.IndexOf(':');
            if (separator > 0 && separator < text.Length - 1)
            {
                return (text[..separator], text[(separator + 1)..]);
            }
        }

        throw new GraphQLException($"\"{globalId}\" is not a valid node id.", ErrorCodes.BadUserInput);
    }
}
