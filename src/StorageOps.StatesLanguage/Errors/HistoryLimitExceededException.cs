namespace StorageOps.StatesLanguage.Errors;

/// <summary>
/// The execution reached Step Functions' quota of history events. Not a state error: no Retry or Catch sees it; the
/// execution fails with States.Runtime.
/// </summary>
internal sealed class HistoryLimitExceededException(int limit)
    : Exception($"The execution reached the maximum number of history events ({limit}) and was stopped")
{
    public int Limit { get; } = limit;
}
