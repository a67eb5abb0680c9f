using Commerce.Drivers.Mongo.Bson;

namespace Commerce.Drivers.Mongo.Tests.Wire;

/// <summary>Reply shapes as documented for server 7.0 error replies; the integration tests cover the real ones.</summary>
public sealed class ServerErrorsTests
{
    [Fact]
    public void Ok_reply_passes()
    {
        ServerErrors.ThrowIfFailed(new BsonDocument { { "n", 1 }, { "ok", 1.0 } });
    }

    [Fact]
    public void Command_error_carries_code_and_name()
    {
        var error = Assert.Throws<MongoCommandException>(() => ServerErrors.ThrowIfFailed(new BsonDocument
        {
            { "ok", 0.0 }, { "errmsg", "no such command: 'frobnicate'" }, { "code", 59 }, { "codeName", "CommandNotFound" },
        }));
        Assert.Equal((59, "CommandNotFound"), (error.Code, error.CodeName));
        Assert.Contains("frobnicate", error.Message);
    }

    [Theory]
    [InlineData(10107, "NotWritablePrimary")]
    [InlineData(13435, "NotPrimaryNoSecondaryOk")]
    [InlineData(11602, "InterruptedDueToReplStateChange")]
    public void Not_primary_codes_are_typed(int code, string name)
    {
        var error = Assert.Throws<MongoNotPrimaryException>(() => ServerErrors.ThrowIfFailed(new BsonDocument
        {
            { "ok", 0.0 }, { "errmsg", "not primary" }, { "code", code }, { "codeName", name }, { "errorLabels", new BsonArray { "RetryableWriteError" } },
        }));
        Assert.Equal(code, error.Code);
        Assert.True(error.HasErrorLabel("RetryableWriteError"));
    }

    [Fact]
    public void Write_concern_error_is_typed()
    {
        var error = Assert.Throws<MongoWriteConcernException>(() => ServerErrors.ThrowIfFailed(new BsonDocument
        {
            { "n", 1 }, { "writeConcernError", new BsonDocument { { "code", 64 }, { "codeName", "WriteConcernFailed" }, { "errmsg", "waiting for replication timed out" } } }, { "ok", 1.0 },
        }));
        Assert.Equal((64, "WriteConcernFailed"), (error.Code, error.CodeName));
    }

    [Fact]
    public void Duplicate_key_write_error_carries_the_key()
    {
        var error = Assert.Throws<MongoDuplicateKeyException>(() => ServerErrors.ThrowIfFailed(new BsonDocument
        {
            { "n", 0 },
            { "writeErrors", new BsonArray { new BsonDocument { { "index", 0 }, { "code", 11000 }, { "errmsg", "E11000 duplicate key error" }, { "keyPattern", new BsonDocument("sku", 1) }, { "keyValue", new BsonDocument("sku", "A") } } } },
            { "ok", 1.0 },
        }));
        Assert.Equal(11000, error.Code);
        Assert.Equal(new BsonDocument("sku", "A"), error.KeyValue);
    }
}
