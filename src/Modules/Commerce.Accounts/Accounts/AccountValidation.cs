using Commerce.GraphQL;

namespace Commerce.Accounts;

/// <summary>Collects every problem of an input and throws one VALIDATION_FAILED error listing them by field.</summary>
public sealed class AccountValidation
{
    private readonly List<(string Field, string Message)> _problems = [];

    public AccountValidation Check(string field, string? problem)
    {
        if (problem is not null)
        {
            _problems.Add((field, problem));
        }

        return this;
    }

    public void ThrowIfInvalid()
    {
        if (_problems.Count == 0)
        {
            return;
        }

        throw new GraphQLException(new GraphQLError(
            "The input is invalid: " + string.Join("; ", _problems.Select(p => $"{p.Field} {p.Message}")),
            extensions: new Dictionary<string, object?>
            {
                ["code"] = AccountErrorCodes.ValidationFailed,
                ["fields"] = _problems.Select(p => (object?)new Dictionary<string, object?> { ["field"] = p.Field, ["message"] = p.Message }).ToList(),
            }));
    }
}
