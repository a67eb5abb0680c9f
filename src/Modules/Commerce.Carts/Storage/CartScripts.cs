namespace Commerce.Carts;

/// <summary>
/// The cart writes, each one Lua script so it is atomic (EVALSHA, values as KEYS/ARGV). Every write checks the
/// owner, bumps <c>version</c>, stamps <c>updatedAt</c> and pushes both keys' expiry back.
/// Negative results are refusals: -1 no such cart (or not yours), -2 over the per-line limit, -3 line missing,
/// -4 too many lines, -5 version changed, -6 another currency.
/// </summary>
internal static class CartScripts
{
    // KEYS[1] meta, KEYS[2] lines; ARGV[1] caller ('' = anonymous), ARGV[2] now (ISO), ARGV[3] lifetime seconds.
    private const string Prologue = """
        local owner = redis.call('HGET', KEYS[1], 'owner')
        if not owner or (owner ~= '' and owner ~= ARGV[1]) then return -1 end
        local function touched()
          redis.call('HSET', KEYS[1], 'updatedAt', ARGV[2])
          redis.call('HINCRBY', KEYS[1], 'version', 1)
          redis.call('EXPIRE', KEYS[1], ARGV[3])
          redis.call('EXPIRE', KEYS[2], ARGV[3])
        end

        """;

    /// <summary>ARGV[4] field, ARGV[5] quantity to add, ARGV[6] max per line, ARGV[7] max lines, ARGV[8] the product's currency. Returns the new quantity.</summary>
    public const string AddLine = Prologue + """
        if redis.call('HGET', KEYS[1], 'currency') ~= ARGV[8] then return -6 end
        local current = tonumber(redis.call('HGET', KEYS[2], ARGV[4]) or '0')
        local add = tonumber(ARGV[5])
        if current + add > tonumber(ARGV[6]) then return -2 end
        if current == 0 and redis.call('HLEN', KEYS[2]) >= tonumber(ARGV[7]) then return -4 end
        local quantity = redis.call('HINCRBY', KEYS[2], ARGV[4], add)
        touched()
        return quantity
        """;

    /// <summary>ARGV[4] field, ARGV[5] the new quantity. Returns it.</summary>
    public const string SetLine = Prologue + """
        if redis.call('HEXISTS', KEYS[2], ARGV[4]) == 0 then return -3 end
        redis.call('HSET', KEYS[2], ARGV[4], ARGV[5])
        touched()
        return tonumber(ARGV[5])
        """;

    /// <summary>ARGV[4] field. Returns 1 when removed, 0 when there was no such line.</summary>
    public const string RemoveLine = Prologue + """
        local removed = redis.call('HDEL', KEYS[2], ARGV[4])
        touched()
        return removed
        """;

    /// <summary>ARGV[4] expected version ('' = any). Returns 1.</summary>
    public const string Clear = Prologue + """
        if ARGV[4] ~= '' and redis.call('HGET', KEYS[1], 'version') ~= ARGV[4] then return -5 end
        redis.call('DEL', KEYS[2])
        touched()
        return 1
        """;

    /// <summary>
    /// Moves a guest cart's lines into a user's cart, adding quantities capped at the per-line limit, then deletes
    /// the guest cart. KEYS[3] guest meta, KEYS[4] guest lines; ARGV[1] the user, ARGV[4] max per line,
    /// ARGV[5] max lines. Returns the number of lines merged, -1 when either cart is missing or not the caller's,
    /// -6 when the currencies differ (the guest cart is then left as it is).
    /// </summary>
    public const string Merge = Prologue + """
        local guestOwner = redis.call('HGET', KEYS[3], 'owner')
        if not guestOwner or guestOwner ~= '' then return -1 end
        if redis.call('HGET', KEYS[3], 'currency') ~= redis.call('HGET', KEYS[1], 'currency') then return -6 end
        local max = tonumber(ARGV[4])
        local guest = redis.call('HGETALL', KEYS[4])
        local merged = 0
        for i = 1, #guest, 2 do
          local current = tonumber(redis.call('HGET', KEYS[2], guest[i]) or '0')
          if current > 0 or redis.call('HLEN', KEYS[2]) < tonumber(ARGV[5]) then
            redis.call('HSET', KEYS[2], guest[i], math.min(max, current + tonumber(guest[i + 1])))
            merged = merged + 1
          end
        end
        redis.call('DEL', KEYS[3], KEYS[4])
        touched()
        return merged
        """;

    /// <summary>
    /// Gives an unowned (guest) cart to a user who has none. KEYS[1] guest meta, KEYS[2] guest lines, KEYS[3] the
    /// user's cart pointer; ARGV[1] the user, ARGV[2] now, ARGV[3] lifetime, ARGV[4] the cart id. Returns 1, or -1.
    /// </summary>
    public const string Claim = """
        if redis.call('HGET', KEYS[1], 'owner') ~= '' then return -1 end
        redis.call('HSET', KEYS[1], 'owner', ARGV[1], 'updatedAt', ARGV[2])
        redis.call('HINCRBY', KEYS[1], 'version', 1)
        redis.call('SET', KEYS[3], ARGV[4], 'EX', ARGV[3])
        redis.call('EXPIRE', KEYS[1], ARGV[3])
        redis.call('EXPIRE', KEYS[2], ARGV[3])
        return 1
        """;
}
