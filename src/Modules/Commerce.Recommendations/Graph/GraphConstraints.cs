using Commerce.Drivers.Bolt;

namespace Commerce.Recommendations.Graph;

/// <summary>Creates the unique-id constraints (which also index the ids every walk starts from).</summary>
public sealed class GraphConstraints(RecommendationsGraph graph)
{
    // Neo4j 3.x answers a repeated CREATE CONSTRAINT with this error instead of doing nothing.
    private const string AlreadyExists = "Neo.ClientError.Schema.ConstraintAlreadyExists";

    public async Task EnsureAsync(CancellationToken cancellationToken = default)
    {
        var server = await graph.GetServerInfoAsync(cancellationToken);
        foreach (var statement in ConstraintDdl.For(server.Agent))
        {
            try
            {
                await graph.RunAsync(statement, cancellationToken);
            }
            catch (ClientException e) when (e.Code == AlreadyExists)
            {
            }
        }
    }
}
