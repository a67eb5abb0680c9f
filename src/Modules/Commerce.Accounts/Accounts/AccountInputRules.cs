using System.Net.Mail;

namespace Commerce.Accounts;

/// <summary>The shape rules of account input, each returning the problem in words or null.</summary>
public static class AccountInputRules
{
    public const int MinPasswordLength = 12;
    public const int MaxPasswordLength = 128;
    public const int MaxNameLength = 100;
    public const int MaxEmailLength = 254;

    /// <summary>Trimmed and lower-cased: the form under which emails are compared and limited.</summary>
    public static string NormalizeEmail(string email) => email.Trim().ToLowerInvariant();

    public static string? Email(string email)
    {
        var trimmed = email.Trim();
        if (trimmed.Length is 0 or > MaxEmailLength)
        {
            return $"must be 1 to {MaxEmailLength} characters";
        }

        var at = trimmed.LastIndexOf('@');
        var valid = at > 0 && at < trimmed.Length - 1
            && trimmed.IndexOf('@') == at
            && !trimmed.Any(char.IsWhiteSpace)
            && trimmed[(at + 1)..].Contains('.')
            && !trimmed.EndsWith('.')
            && MailAddress.TryCreate(trimmed, out var parsed) && parsed.Address == trimmed;
        return valid ? null : "is not an email address";
    }

    /// <summary>Length only (counted in characters as typed), as NIST SP 800-63B advises; no composition rules.</summary>
    public static string? Password(string password) =>
        password.Length is < MinPasswordLength or > MaxPasswordLength
            ? $"must be {MinPasswordLength} to {MaxPasswordLength} characters"
            : null;

    public static string? Name(string name) =>
        name.Trim().Length is 0 or > MaxNameLength || name.Any(char.IsControl)
            ? $"must be 1 to {MaxNameLength} characters, without control characters"
            : null;
}
