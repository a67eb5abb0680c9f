using System.Text;

namespace Commerce.Drivers.Cql.Protocol.Requests;

/// <summary>AUTH_RESPONSE (4.1.2): a single [bytes] SASL token.</summary>
internal sealed class AuthResponseRequest(byte[] token) : IRequest
{
    public byte[] Token { get; } = token;

    public Opcode Opcode => Opcode.AuthResponse;

    /// <summary>SASL PLAIN (RFC 4616): an empty authorization id, then user and password, NUL-separated.</summary>
    public static AuthResponseRequest PlainText(string username, string password)
    {
        var user = Encoding.UTF8.GetBytes(username);
        var pass = Encoding.UTF8.GetBytes(password);
        var token = new byte[2 + user.Length + pass.Length];
        user.CopyTo(token, 1);
        pass.CopyTo(token, 2 + user.Length);
        return new AuthResponseRequest(token);
    }

    public void WriteBody(FrameWriter writer, byte protocolVersion) => writer.WriteBytes(Token);
}
