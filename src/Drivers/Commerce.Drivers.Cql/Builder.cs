using System.Net;
using Commerce.Drivers.Cql.Connections;

namespace Commerce.Drivers.Cql;

/// <summary>Configures a <see cref="Cluster"/>: <c>Cluster.Builder().AddContactPoint("127.0.0.1").WithPort(19042).Build()</c>.</summary>
public sealed class Builder
{
    private readonly List<string> _contactPoints = [];
    private ClusterSettings _settings = new() { ContactPoints = [] };

    public Builder AddContactPoint(string host)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(host);
        _contactPoints.Add(host.Trim());
        return this;
    }

    public Builder AddContactPoint(IPAddress address) => AddContactPoint(address.ToString());

    public Builder AddContactPoints(params string[] hosts)
    {
        foreach (var host in hosts) AddContactPoint(host);
        return this;
    }

    public Builder WithPort(int port)
    {
        if (port is < 1 or > 65535) throw new ArgumentOutOfRangeException(nameof(port));
        _settings = _settings with { Port = port };
        return this;
    }

    /// <summary>Credentials for PasswordAuthenticator, sent as a SASL PLAIN token.</summary>
    public Builder WithCredentials(string username, string password)
    {
        _settings = _settings with { Connection = _settings.Connection with { Username = username, Password = password } };
        return this;
    }

    public Builder WithDefaultKeyspace(string keyspace)
    {
        _settings = _settings with { DefaultKeyspace = keyspace };
        return this;
    }

    /// <summary>Reads <c>Contact Points=a,b;Port=19042;Username=u;Password=p;Default Keyspace=ks</c>.</summary>
    public Builder WithConnectionString(string connectionString)
    {
        var parsed = CassandraConnectionString.Parse(connectionString);
        AddContactPoints([.. parsed.ContactPoints]);
        if (parsed.Port is { } port) WithPort(port);
        if (parsed.Username is not null) WithCredentials(parsed.Username, parsed.Password ?? "");
        if (parsed.DefaultKeyspace is not null) WithDefaultKeyspace(parsed.DefaultKeyspace);
        return this;
    }

    public Builder WithConnectionsPerHost(int connections)
    {
        if (connections < 1) throw new ArgumentOutOfRangeException(nameof(connections));
        _settings = _settings with { ConnectionsPerHost = connections };
        return this;
    }

    /// <summary>The version negotiation starts from (3 or 4).</summary>
    public Builder WithMaxProtocolVersion(int version)
    {
        if (version is < ProtocolNegotiation.MinVersion or > ProtocolNegotiation.MaxVersion)
            throw new ArgumentOutOfRangeException(nameof(version), "This driver speaks protocol v3 and v4.");
        _settings = _settings with { MaxProtocolVersion = (byte)version };
        return this;
    }

    public Builder WithDefaultConsistencyLevel(ConsistencyLevel consistency)
    {
        _settings = _settings with { DefaultConsistency = consistency };
        return this;
    }

    public Builder WithDefaultPageSize(int pageSize)
    {
        _settings = _settings with { DefaultPageSize = pageSize };
        return this;
    }

    public Builder WithRequestTimeout(TimeSpan timeout)
    {
        _settings = _settings with { Connection = _settings.Connection with { RequestTimeout = timeout } };
        return this;
    }

    public Builder WithConnectTimeout(TimeSpan timeout)
    {
        _settings = _settings with { Connection = _settings.Connection with { ConnectTimeout = timeout } };
        return this;
    }

    public Builder WithMaxRequestsPerConnection(int requests)
    {
        _settings = _settings with { Connection = _settings.Connection with { MaxRequestsPerConnection = requests } };
        return this;
    }

    public Cluster Build()
    {
        if (_contactPoints.Count == 0) throw new InvalidOperationException("Add at least one contact point.");
        return new Cluster(_settings with { ContactPoints = _contactPoints.Distinct().ToArray() });
    }
}
