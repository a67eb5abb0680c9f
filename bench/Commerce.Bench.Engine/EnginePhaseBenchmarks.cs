using System.Buffers;
using BenchmarkDotNet.Attributes;
using Commerce.Bench.Workload;
using Commerce.GraphQL;
using Commerce.GraphQL.Execution;
using Commerce.GraphQL.Language;
using Commerce.GraphQL.Serialization;
using Commerce.GraphQL.Types;
using Commerce.GraphQL.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Bench.Engine;

/// <summary>
/// The engine's phases, one at a time, for the full introspection query and for the workload's nested queries:
/// parse, validate, execute (document cached, as a server runs it) and execute + write JSON.
/// </summary>
[MemoryDiagnoser]
public class EnginePhaseBenchmarks
{
    private Schema _schema = null!;
    private RequestExecutor _executor = null!;
    private GraphQLRequest _request = null!;
    private string _query = null!;
    private DocumentNode _document = null!;
    private readonly ArrayBufferWriter<byte> _output = new(256 * 1024);

    [Params("introspection", "small", "medium", "large")]
    public string Query { get; set; } = "medium";

    [GlobalSetup]
    public async Task Setup()
    {
        var services = new ServiceCollection()
            .AddSingleton<WorkloadData>()
            .AddSingleton<Query>()
            .BuildServiceProvider();
        _schema = WorkloadSchema.Build();
        _executor = new RequestExecutor(_schema);
        _query = WorkloadQueries.Read(Query);
        _document = Parser.Parse(_query);
        _request = new GraphQLRequest { Query = _query, Services = services };
        await _executor.ExecuteAsync(_request);
    }

    [Benchmark]
    public DocumentNode Parse() => Parser.Parse(_query);

    [Benchmark]
    public int Validate() => DocumentValidator.Validate(_schema, _document).Count;

    [Benchmark]
    public async Task<IExecutionResult> Execute() => await _executor.ExecuteAsync(_request);

    [Benchmark]
    public async Task<int> ExecuteAndWriteJson()
    {
        var result = (OperationResult)await _executor.ExecuteAsync(_request);
        _output.ResetWrittenCount();
        ResultJsonWriter.Write(result, _output);
        return _output.WrittenCount;
    }
}
