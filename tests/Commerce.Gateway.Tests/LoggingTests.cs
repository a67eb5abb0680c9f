using System.Collections.Concurrent;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Commerce.Gateway.Tests;

public sealed class LoggingTests
{
    [Fact]
    public async Task A_requests_log_lines_carry_the_trace_id_its_response_names()
    {
        var sink = new CapturingLoggerProvider();
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
            web.ConfigureTestServices(services => services.AddSingleton<ILoggerProvider>(sink)));
        using var client = factory.CreateClient();

        var first = await client.GetAsync("/health/live");
        var second = await client.GetAsync("/graphql?query=%7B%20gatewayVersion%20%7D");

        foreach (var response in new[] { first, second })
        {
            var traceId = Assert.Single(response.Headers.GetValues("X-Trace-Id"));
            var line = Assert.Single(sink.Entries, e => e.Message.Contains(response.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal)
                && e.Message.StartsWith("HTTP GET", StringComparison.Ordinal));
            Assert.Equal(traceId, line.TraceId);
        }

        Assert.NotEqual(first.Headers.GetValues("X-Trace-Id").Single(), second.Headers.GetValues("X-Trace-Id").Single());
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
    {
        private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

        public ConcurrentBag<(string Message, string? TraceId)> Entries { get; } = [];

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

        public void Dispose()
        {
        }

        private sealed class Logger(CapturingLoggerProvider owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => owner._scopes.Push(state);

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                string? traceId = null;
                owner._scopes.ForEachScope(
                    (scope, _) =>
                    {
                        if (scope is IEnumerable<KeyValuePair<string, object>> pairs && pairs.FirstOrDefault(p => p.Key == "TraceId").Value is { } value)
                        {
                            traceId = value.ToString();
                        }
                    },
                    (object?)null);
                owner.Entries.Add((formatter(state, exception), traceId));
            }
        }
    }
}
