namespace StorageOps.Simulator.StepFunctions;

public static class ExecutionStatuses
{
    public const string Running = "RUNNING";
    public const string Succeeded = "SUCCEEDED";
    public const string Failed = "FAILED";
    public const string TimedOut = "TIMED_OUT";
    public const string Aborted = "ABORTED";

    public static readonly IReadOnlyList<string> All = [Running, Succeeded, Failed, TimedOut, Aborted];
}
