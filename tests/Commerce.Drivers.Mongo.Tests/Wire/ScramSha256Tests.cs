using Commerce.Drivers.Mongo.Authentication;

namespace Commerce.Drivers.Mongo.Tests.Wire;

public sealed class ScramSha256Tests
{
    // RFC 7677 section 3: user "user", password "pencil".
    private const string ClientNonce = "rOprNGfwEbeRWgbNEkqO";
    private const string ServerFirst = "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096";
    private const string ClientFinal = "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=";
    private const string ServerFinal = "v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=";

    [Fact]
    public void Rfc7677_test_vector()
    {
        var scram = new ScramSha256Conversation("user", "pencil", ClientNonce);

        Assert.Equal("n,,n=user,r=rOprNGfwEbeRWgbNEkqO", scram.ClientFirstMessage());
        Assert.Equal(ClientFinal, scram.ClientFinalMessage(ServerFirst));
        scram.VerifyServerFinalMessage(ServerFinal); // throws if the signature is not the RFC's
    }

    [Fact]
    public void Wrong_password_gives_a_different_proof_and_rejects_the_server_signature()
    {
        var scram = new ScramSha256Conversation("user", "pencil!", ClientNonce);
        scram.ClientFirstMessage();

        Assert.NotEqual(ClientFinal, scram.ClientFinalMessage(ServerFirst));
        Assert.Throws<MongoAuthenticationException>(() => scram.VerifyServerFinalMessage(ServerFinal));
    }

    [Fact]
    public void Server_nonce_must_extend_client_nonce()
    {
        var scram = new ScramSha256Conversation("user", "pencil", ClientNonce);
        scram.ClientFirstMessage();
        Assert.Throws<MongoAuthenticationException>(() => scram.ClientFinalMessage("r=someoneElse,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096"));
    }

    [Fact]
    public void Too_few_iterations_are_refused()
    {
        var scram = new ScramSha256Conversation("user", "pencil", ClientNonce);
        scram.ClientFirstMessage();
        Assert.Throws<MongoAuthenticationException>(() => scram.ClientFinalMessage($"r={ClientNonce}xyz,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=1000"));
    }

    [Fact]
    public void Server_error_attribute_is_reported()
    {
        var scram = new ScramSha256Conversation("user", "pencil", ClientNonce);
        scram.ClientFirstMessage();
        scram.ClientFinalMessage(ServerFirst);
        var error = Assert.Throws<MongoAuthenticationException>(() => scram.VerifyServerFinalMessage("e=invalid-proof"));
        Assert.Contains("invalid-proof", error.Message);
    }

    [Fact]
    public void Username_commas_and_equals_are_escaped()
    {
        var scram = new ScramSha256Conversation("a=b,c", "pw", "nonce");
        Assert.Equal("n,,n=a=3Db=2Cc,r=nonce", scram.ClientFirstMessage());
    }

    [Theory]
    [InlineData("pencil", "pencil")]
    [InlineData("I\u00ADX", "IX")] // soft hyphen maps to nothing (RFC 4013 example)
    [InlineData("a\u00A0b", "a b")] // non-ASCII space maps to SPACE
    public void SaslPrep_maps(string input, string expected)
    {
        Assert.Equal(expected, SaslPrep.Prepare(input));
    }

    [Fact]
    public void SaslPrep_rejects_control_characters()
    {
        Assert.Throws<ArgumentException>(() => SaslPrep.Prepare("a\u0007b"));
    }
}
