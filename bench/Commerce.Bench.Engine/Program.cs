using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Commerce.Bench.Engine -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
