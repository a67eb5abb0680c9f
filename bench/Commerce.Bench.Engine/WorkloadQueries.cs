namespace Commerce.Bench.Engine;

/// <summary>The shared workload's query texts (../shared/bench/queries), found relative to the repository.</summary>
internal static class WorkloadQueries
{
    public static string Read(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "shared", "bench", "queries", name + ".graphql");
            if (File.Exists(path))
            {
                return File.ReadAllText(path);
            }
        }

        throw new FileNotFoundException($"Cannot find shared/bench/queries/{name}.graphql above {AppContext.BaseDirectory}.");
    }
}
