using System.Text.Json;
using Commerce.Orders;
using Commerce.Recommendations.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Recommendations.Tests.Integration;

/// <summary>
/// The handler the orders outbox calls, fed payloads in the orders module's JSON shape (web casing, Guid ids as
/// strings, lines with productId and quantity): registered by AddRecommendations, idempotent under redelivery.
/// </summary>
public sealed class OutboxHandlerTests(RecommendationsHost host) : IClassFixture<RecommendationsHost>
{
    private static OutboxMessage Message(long id, string type, string orderId, string json) =>
        new(id, orderId, type, JsonDocument.Parse(json).RootElement.Clone(), new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero));

    private async Task<long> EdgesAsync(string orderId) =>
        (await host.CypherAsync("MATCH (:Customer {id: $c})-[r:PURCHASED {orderId: $o}]->(:Product) RETURN count(r) AS n", new { c = host.Id("cust"), o = orderId }))
            .Single().Get<long>("n");

    [Fact]
    public async Task OrderPlaced_delivered_twice_and_then_OrderCancelled_leave_the_graph_as_they_should()
    {
        var handler = host.Services.GetServices<IOutboxHandler>().Single(h => h.Name == "recommendations");
        var orderId = host.Id(Guid.NewGuid().ToString());
        var placed = $$"""
            {"orderId":"{{orderId}}","number":"O-1","customerId":"{{host.Id("cust")}}","total":12.5,"currency":"EUR","createdAt":"2026-04-01T10:00:00+00:00",
             "lines":[{"productId":"{{host.Id("x")}}","variantSku":null,"quantity":2,"unitPrice":5.0},{"productId":"{{host.Id("y")}}","variantSku":"Y-1","quantity":1,"unitPrice":2.5}]}
            """;

        await handler.HandleAsync(Message(1, OutboxMessageTypes.OrderPlaced, orderId, placed), CancellationToken.None);
        await handler.HandleAsync(Message(1, OutboxMessageTypes.OrderPlaced, orderId, placed), CancellationToken.None);
        await handler.HandleAsync(Message(2, OutboxMessageTypes.OrderPaid, orderId, $$"""{"orderId":"{{orderId}}"}"""), CancellationToken.None);

        Assert.Equal(2, await EdgesAsync(orderId));
        var quantity = (await host.CypherAsync("MATCH (:Customer)-[r:PURCHASED]->(:Product {id: $p}) RETURN sum(r.quantity) AS q", new { p = host.Id("x") })).Single().Get<long>("q");
        Assert.Equal(2, quantity);

        var cancelled = $$"""{"orderId":"{{orderId}}","number":"O-1","customerId":"{{host.Id("cust")}}","lines":[]}""";
        await handler.HandleAsync(Message(3, OutboxMessageTypes.OrderCancelled, orderId, cancelled), CancellationToken.None);

        Assert.Equal(0, await EdgesAsync(orderId));
    }
}
