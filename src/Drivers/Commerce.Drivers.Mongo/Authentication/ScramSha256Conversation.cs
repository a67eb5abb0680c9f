using System.Security.Cryptography;
using System.Text;

namespace Commerce.Drivers.Mongo.Authentication;

/// <summary>
/// The client side of SCRAM-SHA-256 (RFC 5802 with RFC 7677's hash), without channel binding
/// (gs2 header "n,,"). Pure: the nonce is supplied, so the RFC's test vector can drive it.
/// </summary>
public sealed class ScramSha256Conversation
{
    private const int MinimumIterations = 4096; // RFC 7677 section 4
    private const string Gs2Header = "n,,";

    private readonly string _username;
    private readonly string _password;
    private readonly string _clientNonce;
    private string? _clientFirstBare;
    private byte[]? _expectedServerSignature;

    public ScramSha256Conversation(string username, string password, string clientNonce)
    {
        _username = SaslPrep.Prepare(username);
        _password = SaslPrep.Prepare(password);
        _clientNonce = clientNonce;
    }

    public static string NewNonce() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(24));

    public string ClientFirstMessage()
    {
        _clientFirstBare = $"n={EscapeUsername(_username)},r={_clientNonce}";
        return Gs2Header + _clientFirstBare;
    }

    public string ClientFinalMessage(string serverFirstMessage)
    {
        if (_clientFirstBare is null)
        {
            throw new InvalidOperationException("Send the client-first message first.");
        }

        var attributes = Parse(serverFirstMessage);
        if (attributes.ContainsKey('m'))
        {
            throw new MongoAuthenticationException("Server requires a SCRAM extension this client does not support.");
        }

        var nonce = Required(attributes, 'r');
        if (!nonce.StartsWith(_clientNonce, StringComparison.Ordinal) || nonce.Length == _clientNonce.Length)
        {
            throw new MongoAuthenticationException("Server nonce does not extend the client nonce.");
        }

        var salt = Convert.FromBase64String(Required(attributes, 's'));
        var iterations = int.Parse(Required(attributes, 'i'), System.Globalization.CultureInfo.InvariantCulture);
        if (iterations < MinimumIterations)
        {
            throw new MongoAuthenticationException($"Server asked for {iterations} iterations; SCRAM-SHA-256 requires at least {MinimumIterations}.");
        }

        var saltedPassword = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(_password), salt, iterations, HashAlgorithmName.SHA256, 32);
        var clientKey = HMACSHA256.HashData(saltedPassword, "Client Key"u8);
        var storedKey = SHA256.HashData(clientKey);
        var channelBinding = Convert.ToBase64String(Encoding.ASCII.GetBytes(Gs2Header));
        var clientFinalWithoutProof = $"c={channelBinding},r={nonce}";
        var authMessage = Encoding.UTF8.GetBytes($"{_clientFirstBare},{serverFirstMessage},{clientFinalWithoutProof}");
        var clientSignature = HMACSHA256.HashData(storedKey, authMessage);
        var proof = new byte[clientKey.Length];
        for (var i = 0; i < proof.Length; i++)
        {
            proof[i] = (byte)(clientKey[i] ^ clientSignature[i]);
        }

        var serverKey = HMACSHA256.HashData(saltedPassword, "Server Key"u8);
        _expectedServerSignature = HMACSHA256.HashData(serverKey, authMessage);
        return $"{clientFinalWithoutProof},p={Convert.ToBase64String(proof)}";
    }

    /// <summary>Proves the server knows the password too; a mismatch means an impostor or a broken exchange.</summary>
    public void VerifyServerFinalMessage(string serverFinalMessage)
    {
        var attributes = Parse(serverFinalMessage);
        if (attributes.TryGetValue('e', out var error))
        {
            throw new MongoAuthenticationException($"SCRAM server error: {error}");
        }

        var signature = Convert.FromBase64String(Required(attributes, 'v'));
        if (_expectedServerSignature is null || !CryptographicOperations.FixedTimeEquals(signature, _expectedServerSignature))
        {
            throw new MongoAuthenticationException("Server signature does not verify.");
        }
    }

    // RFC 5802 section 5.1: ',' and '=' in a username are sent as =2C and =3D.
    private static string EscapeUsername(string username) => username.Replace("=", "=3D").Replace(",", "=2C");

    private static Dictionary<char, string> Parse(string message)
    {
        var result = new Dictionary<char, string>();
        foreach (var part in message.Split(','))
        {
            if (part.Length >= 2 && part[1] == '=')
            {
                result[part[0]] = part[2..];
            }
        }

        return result;
    }

    private static string Required(Dictionary<char, string> attributes, char name) =>
        attributes.TryGetValue(name, out var value) ? value : throw new MongoAuthenticationException($"SCRAM message lacks '{name}='.");
}
