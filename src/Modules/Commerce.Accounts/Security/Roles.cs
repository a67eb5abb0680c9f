namespace Commerce.Accounts;

public static class Roles
{
    public const string Customer = "customer";
    public const string Admin = "admin";

    /// <summary>The role of marketing tools, which sign in with API keys rather than passwords.</summary>
    public const string Marketing = "marketing";
}
