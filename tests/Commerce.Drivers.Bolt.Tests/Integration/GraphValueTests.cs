namespace Commerce.Drivers.Bolt.Tests.Integration;

/// <summary>Nodes, relationships and paths created on the server and returned as Bolt v1 structures.</summary>
[Collection(Neo4jCollection.Name)]
public class GraphValueTests(Neo4jServer server)
{
    public sealed record Product(string Sku, string Name, double Price, long Stock, IReadOnlyList<string> Tags);

    [Fact]
    public async Task A_created_node_returns_its_labels_and_properties()
    {
        await using var label = new TestLabel(server.Driver);
        await using var session = server.Driver.AsyncSession();
        var record = await (await session.RunAsync(
            $"CREATE (p:{label}:Product {{sku: $sku, name: $name, price: $price, stock: $stock, tags: $tags}}) RETURN p, id(p) AS id",
            new { sku = "SKU-1", name = "Lampe Größe M", price = 19.5, stock = 3, tags = new[] { "home", "light" } })).SingleAsync();

        var node = record.Get<INode>("p");
        Assert.Equal(record.Get<long>("id"), node.Id);
        Assert.Equal(node.Id.ToString(), node.ElementId);
        Assert.Equal(new HashSet<string> { label.Name, "Product" }, node.Labels.ToHashSet());
        Assert.Equal("Lampe Größe M", node["name"]);
        Assert.Equal(new List<object?> { "home", "light" }, node["tags"]);
        // Two columns, neither named like a member: the node's properties fill the record type.
        var product = record.As<Product>();
        Assert.Equal(["home", "light"], product.Tags);
        Assert.Equal(new Product("SKU-1", "Lampe Größe M", 19.5, 3, product.Tags), product);
    }

    [Fact]
    public async Task A_relationship_knows_its_ends_type_and_properties()
    {
        await using var label = new TestLabel(server.Driver);
        await using var session = server.Driver.AsyncSession();
        var record = await (await session.RunAsync(
            $"CREATE (c:{label} {{name: 'customer'}})-[r:BOUGHT {{quantity: 2, at: 'today'}}]->(p:{label} {{name: 'product'}}) RETURN c, r, p")).SingleAsync();
        var customer = record.Get<INode>("c");
        var bought = record.Get<IRelationship>("r");
        var product = record.Get<INode>("p");
        Assert.Equal("BOUGHT", bought.Type);
        Assert.Equal(customer.Id, bought.StartNodeId);
        Assert.Equal(product.Id, bought.EndNodeId);
        Assert.Equal(customer.ElementId, bought.StartNodeElementId);
        Assert.Equal(2, bought.Get<int>("quantity"));
        Assert.Equal("today", bought["at"]);
    }

    [Fact]
    public async Task A_path_keeps_relationship_direction_when_walked_backwards()
    {
        await using var label = new TestLabel(server.Driver);
        await using var session = server.Driver.AsyncSession();
        // a -> b <- c, then walked from a to c: the second hop goes against its direction.
        await (await session.RunAsync($"CREATE (a:{label} {{n: 'a'}})-[:NEXT {{i: 1}}]->(b:{label} {{n: 'b'}})<-[:NEXT {{i: 2}}]-(c:{label} {{n: 'c'}})")).ConsumeAsync();
        var record = await (await session.RunAsync(
            $"MATCH p = (a:{label} {{n: 'a'}})-[:NEXT]->(:{label})<-[:NEXT]-(c:{label} {{n: 'c'}}) RETURN p")).SingleAsync();
        var path = record.Get<IPath>("p");

        Assert.Equal(["a", "b", "c"], path.Nodes.Select(n => n.Get<string>("n")));
        Assert.Equal("a", path.Start["n"]);
        Assert.Equal("c", path.End["n"]);
        Assert.Equal(2, path.Relationships.Count);
        var (first, second) = (path.Relationships[0], path.Relationships[1]);
        Assert.Equal((path.Nodes[0].Id, path.Nodes[1].Id, 1L), (first.StartNodeId, first.EndNodeId, first["i"]));
        // Walked c <- b in the path, stored as c -> b.
        Assert.Equal((path.Nodes[2].Id, path.Nodes[1].Id, 2L), (second.StartNodeId, second.EndNodeId, second["i"]));
    }

    [Fact]
    public async Task A_path_that_revisits_a_node_reuses_it()
    {
        await using var label = new TestLabel(server.Driver);
        await using var session = server.Driver.AsyncSession();
        await (await session.RunAsync($"CREATE (a:{label} {{n: 'a'}})-[:LOOP]->(b:{label} {{n: 'b'}})-[:LOOP]->(a)")).ConsumeAsync();
        var path = (await (await session.RunAsync(
            $"MATCH p = (a:{label} {{n: 'a'}})-[:LOOP]->(b)-[:LOOP]->(a) RETURN p")).SingleAsync()).Get<IPath>("p");
        Assert.Equal(["a", "b", "a"], path.Nodes.Select(n => n.Get<string>("n")));
        Assert.Equal(path.Start, path.End);
        Assert.NotEqual(path.Relationships[0], path.Relationships[1]);
    }

    [Fact]
    public async Task Collections_of_entities_map_to_typed_lists()
    {
        await using var label = new TestLabel(server.Driver);
        await using var session = server.Driver.AsyncSession();
        await (await session.RunAsync($"UNWIND range(1, 3) AS i CREATE (:{label} {{i: i}})")).ConsumeAsync();
        var nodes = (await (await session.RunAsync($"MATCH (n:{label}) WITH n ORDER BY n.i RETURN collect(n) AS nodes")).SingleAsync())
            .Get<List<INode>>("nodes");
        Assert.Equal([1L, 2L, 3L], nodes.Select(n => n["i"]));
    }
}
