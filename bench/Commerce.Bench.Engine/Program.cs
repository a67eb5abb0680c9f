using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Commerce.Bench.Engine -- --filter '*' --job short --inProcess
// In process: BenchmarkDotNet's out-of-process toolchain looks for this project by walking the repository, and
// with the stores up that walk enters the MongoDB Wine prefix (.data/mongo/wine/dosdevices/z: is the whole disk).
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
