namespace Commerce.Drivers.Mongo.Tests.Configuration;

public sealed class ConnectionStringTests
{
    [Fact]
    public void Parses_every_supported_part()
    {
        var settings = MongoClientSettings.FromConnectionString(
            "mongodb://us%40er:p%3Ass%2Fw@db.example:27519/shop?directConnection=true&replicaSet=rs0&authSource=admin" +
            "&maxPoolSize=7&waitQueueTimeoutMS=250&connectTimeoutMS=1500&appName=gateway&w=majority");

        Assert.Equal([new ServerAddress("db.example", 27519)], settings.Servers);
        Assert.Equal("shop", settings.DatabaseName);
        Assert.True(settings.DirectConnection);
        Assert.Equal("rs0", settings.ReplicaSetName);
        Assert.Equal(new MongoCredential("us@er", "p:ss/w", "admin"), settings.Credential);
        Assert.Equal(7, settings.MaxConnectionPoolSize);
        Assert.Equal(TimeSpan.FromMilliseconds(250), settings.WaitQueueTimeout);
        Assert.Equal(TimeSpan.FromMilliseconds(1500), settings.ConnectTimeout);
        Assert.Equal("gateway", settings.ApplicationName);
        Assert.Equal("majority", settings.WriteConcern!.W!.AsString);
    }

    [Fact]
    public void Defaults()
    {
        var settings = MongoClientSettings.FromConnectionString("mongodb://localhost");
        Assert.Equal([new ServerAddress("localhost", 27017)], settings.Servers);
        Assert.Null(settings.Credential);
        Assert.False(settings.DirectConnection);
        Assert.Equal(100, settings.MaxConnectionPoolSize);
    }

    [Fact]
    public void AuthSource_defaults_to_the_path_database_then_admin()
    {
        Assert.Equal("shop", MongoClientSettings.FromConnectionString("mongodb://u:p@h/shop").Credential!.Source);
        Assert.Equal("admin", MongoClientSettings.FromConnectionString("mongodb://u:p@h").Credential!.Source);
    }

    [Fact]
    public void Multiple_hosts_and_ipv6()
    {
        var settings = MongoClientSettings.FromConnectionString("mongodb://a:1,[::1]:2,b/?replicaSet=rs0");
        Assert.Equal([new ServerAddress("a", 1), new ServerAddress("::1", 2), new ServerAddress("b", 27017)], settings.Servers);
    }

    [Theory]
    [InlineData("http://localhost")]
    [InlineData("mongodb+srv://cluster.example")]
    [InlineData("mongodb://a,b/?directConnection=true")]
    [InlineData("mongodb://h:99999")]
    [InlineData("mongodb://h/?maxPoolSize=0")]
    [InlineData("mongodb://h/?directConnection=yes")]
    [InlineData("mongodb://u:p@h/?authMechanism=MONGODB-X509")]
    [InlineData("mongodb://h/?tls=true")]
    public void Rejects(string connectionString)
    {
        Assert.Throws<MongoConfigurationException>(() => MongoClientSettings.FromConnectionString(connectionString));
    }
}
