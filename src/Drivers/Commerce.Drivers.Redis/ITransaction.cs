namespace Commerce.Drivers.Redis;

/// <summary>
/// Commands queued on a transaction complete only when <see cref="ExecuteAsync"/> runs them
/// (MULTI ... EXEC on an exclusive connection). If a condition fails, or a watched key changed
/// before EXEC, nothing runs, <see cref="ExecuteAsync"/> returns false and the queued tasks are canceled.
/// </summary>
public interface ITransaction : IDatabaseAsync
{
    void AddCondition(Condition condition);

    Task<bool> ExecuteAsync(CancellationToken cancellationToken = default);
}
