using System.Runtime.CompilerServices;

namespace Commerce.GraphQL.Validation;

/// <summary>
/// Stops a recursive walk before the stack runs out on a pathologically deep document (a syntax tree built in
/// code, or parsed with raised limits), so validation ends in an error instead of crashing the process.
/// </summary>
internal static class StackGuard
{
    public static void Ensure()
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new DocumentTooDeepException();
        }
    }
}

/// <summary>Thrown when a document is nested too deeply to walk on the remaining stack.</summary>
internal sealed class DocumentTooDeepException : Exception;
