using Commerce.Gateway.Health;

namespace Commerce.Gateway.Tests;

public sealed class StoreEndpointsTests
{
    [Theory]
    [InlineData("postgres", "Host=127.0.0.1;Port=15432;Username=postgres;Database=commerce", "127.0.0.1", 15432)]
    [InlineData("postgres", "Host=db.internal;Username=postgres", "db.internal", 5432)]
    [InlineData("redis", "127.0.0.1:16379", "127.0.0.1", 16379)]
    [InlineData("redis", "cache:6380,password=x,ssl=false", "cache", 6380)]
    [InlineData("mongo", "mongodb://127.0.0.1:27519/?directConnection=true", "127.0.0.1", 27519)]
    [InlineData("mongo", "mongodb://user:p%40ss@a.example:27018,b.example:27019/shop?replicaSet=rs0", "a.example", 27018)]
    [InlineData("neo4j", "bolt://127.0.0.1:17687", "127.0.0.1", 17687)]
    [InlineData("neo4j", "bolt://graph", "graph", 7687)]
    [InlineData("cassandra", "Contact Points=127.0.0.1;Port=19042", "127.0.0.1", 19042)]
    [InlineData("cassandra", "Contact Points=c1,c2", "c1", 9042)]
    public void Each_store_connection_string_names_its_host_and_port(string store, string connectionString, string host, int port)
    {
        Assert.Equal((host, port), StoreEndpoints.Parse(store, connectionString));
    }
}
