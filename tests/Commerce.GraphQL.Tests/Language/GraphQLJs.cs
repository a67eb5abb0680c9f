using System.Diagnostics;
using System.Text.Json;

namespace Commerce.GraphQL.Tests.Language;

/// <summary>graphql-js's verdict on one source: its printed form, or its syntax error's message and location.</summary>
public sealed record GraphQLJsVerdict(bool Ok, string? Printed, string? Message, int Line, int Column);

/// <summary>Runs graphql-js (tests/node/node_modules/graphql) once over a batch of sources through node/print.js.</summary>
public static class GraphQLJs
{
    public static IReadOnlyList<GraphQLJsVerdict> PrintAll(IReadOnlyList<string> sources)
    {
        var root = Corpus.RepositoryRoot;
        var modules = Path.Combine(root, "tests", "node", "node_modules");
        if (!Directory.Exists(Path.Combine(modules, "graphql")))
        {
            throw new InvalidOperationException($"graphql-js is not installed in {modules}: run `npm ci --prefix tests/node` at the repository root.");
        }

        var input = Path.GetTempFileName();
        try
        {
            File.WriteAllText(input, JsonSerializer.Serialize(sources));
            var start = new ProcessStartInfo("node")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(Path.Combine(root, "tests", "Commerce.GraphQL.Tests", "node", "print.js"));
            start.ArgumentList.Add(input);
            start.Environment["NODE_PATH"] = modules;
            using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
            var errors = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"node print.js failed ({process.ExitCode}): {errors.Result}");
            }

            return JsonSerializer.Deserialize<List<GraphQLJsVerdict>>(output, new JsonSerializerOptions(JsonSerializerDefaults.Web))
                ?? throw new InvalidOperationException("node print.js wrote no verdicts");
        }
        finally
        {
            File.Delete(input);
        }
    }
}
