namespace StorageOps.StatesLanguage.Execution;

/// <summary>
/// One Map Run of a distributed Map state (one per time the state ran, retries included) and the child executions it
/// started, in item order. Items the Run never started (it failed first) have no child; children it stopped are Aborted.
/// </summary>
public sealed class MapRunResult
{
    public required string MapRunArn { get; init; }

    /// <summary>The name of the Map state that ran it.</summary>
    public required string StateName { get; init; }

    /// <summary>Succeeded or Failed (more failures than tolerated); Aborted when the parent execution stopped it.</summary>
    public required ExecutionStatus Status { get; init; }

    /// <summary>How many child executions the Run was to start: one per item, or per batch with an ItemBatcher.</summary>
    public required int TotalChildren { get; init; }

    public required IReadOnlyList<ChildExecutionResult> ChildExecutions { get; init; }

    public required DateTimeOffset StartDate { get; init; }

    public required DateTimeOffset StopDate { get; init; }

    public int SucceededCount => ChildExecutions.Count(child => child.Status == ExecutionStatus.Succeeded);

    public int FailedCount => ChildExecutions.Count(child => child.Status is ExecutionStatus.Failed or ExecutionStatus.TimedOut);

    public int AbortedCount => ChildExecutions.Count(child => child.Status == ExecutionStatus.Aborted);
}
