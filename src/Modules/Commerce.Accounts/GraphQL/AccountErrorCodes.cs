namespace Commerce.Accounts;

/// <summary>The <c>extensions.code</c> values of the module's errors.</summary>
public static class AccountErrorCodes
{
    public const string ValidationFailed = "VALIDATION_FAILED";
    public const string EmailTaken = "EMAIL_TAKEN";
    public const string InvalidCredentials = "INVALID_CREDENTIALS";
    public const string RateLimited = "RATE_LIMITED";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
}
