namespace StorageOps.StatesLanguage.Execution;

public enum ExecutionStatus
{
    Succeeded,
    Failed,
    TimedOut,
    Aborted,
}
