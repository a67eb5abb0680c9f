namespace Commerce.Drivers.Redis;

/// <summary>
/// A precondition of a transaction. Its key is WATCHed, its state read, and the transaction runs only
/// if the state matches and the key is untouched until EXEC.
/// </summary>
public sealed class Condition
{
    private readonly Func<Func<RedisKey, RedisValue>, RedisValue[]> _check;
    private readonly Func<RedisResult, bool> _isSatisfied;

    private Condition(RedisKey key, Func<Func<RedisKey, RedisValue>, RedisValue[]> check, Func<RedisResult, bool> isSatisfied)
    {
        Key = key;
        _check = check;
        _isSatisfied = isSatisfied;
    }

    public RedisKey Key { get; }

    public static Condition KeyExists(RedisKey key) =>
        new(key, k => ["EXISTS", k(key)], r => r.ToInt64() == 1);

    public static Condition KeyNotExists(RedisKey key) =>
        new(key, k => ["EXISTS", k(key)], r => r.ToInt64() == 0);

    public static Condition StringEqual(RedisKey key, RedisValue value) =>
        new(key, k => ["GET", k(key)], r => !r.IsNull && r.ToRedisValue() == value);

    public static Condition StringNotEqual(RedisKey key, RedisValue value) =>
        new(key, k => ["GET", k(key)], r => r.IsNull || r.ToRedisValue() != value);

    public static Condition HashEqual(RedisKey key, RedisValue field, RedisValue value) =>
        new(key, k => ["HGET", k(key), field], r => !r.IsNull && r.ToRedisValue() == value);

    public static Condition HashExists(RedisKey key, RedisValue field) =>
        new(key, k => ["HEXISTS", k(key), field], r => r.ToBoolean());

    public static Condition HashNotExists(RedisKey key, RedisValue field) =>
        new(key, k => ["HEXISTS", k(key), field], r => !r.ToBoolean());

    internal RedisValue[] CheckCommand(Func<RedisKey, RedisValue> toWire) => _check(toWire);

    internal bool IsSatisfied(RedisResult reply) => _isSatisfied(reply);
}
