namespace Commerce.Accounts.Tests.Unit;

public sealed class AccountInputRulesTests
{
    [Theory]
    [InlineData("ann@example.org")]
    [InlineData("a.b+tag@sub.example.co.uk")]
    [InlineData("  ann@example.org  ")]
    public void Accepts_email_addresses(string email) => Assert.Null(AccountInputRules.Email(email));

    [Theory]
    [InlineData("")]
    [InlineData("ann")]
    [InlineData("ann@")]
    [InlineData("@example.org")]
    [InlineData("ann@example")]
    [InlineData("ann@@example.org")]
    [InlineData("an n@example.org")]
    [InlineData("ann@example.org.")]
    [InlineData("Ann <ann@example.org>")]
    public void Refuses_what_is_not_an_email_address(string email) => Assert.NotNull(AccountInputRules.Email(email));

    [Fact]
    public void Refuses_emails_longer_than_254_characters() =>
        Assert.NotNull(AccountInputRules.Email(new string('a', 64) + "@" + new string('b', 186) + ".org"));

    [Theory]
    [InlineData(11, false)]
    [InlineData(12, true)]
    [InlineData(128, true)]
    [InlineData(129, false)]
    public void Passwords_are_12_to_128_characters(int length, bool valid) =>
        Assert.Equal(valid, AccountInputRules.Password(new string('x', length)) is null);

    [Theory]
    [InlineData("", false)]
    [InlineData("   ", false)]
    [InlineData("Ann", true)]
    [InlineData("Ann\u0000", false)]
    public void Names_are_1_to_100_printable_characters(string name, bool valid) =>
        Assert.Equal(valid, AccountInputRules.Name(name) is null);

    [Fact]
    public void Emails_normalise_to_trimmed_lower_case() =>
        Assert.Equal("ann@example.org", AccountInputRules.NormalizeEmail("  Ann@Example.ORG "));
}
