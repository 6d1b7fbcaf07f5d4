namespace StorageOps.Aws.StepFunctions;

/// <summary>An execution as DescribeExecution returns it (member names are the model's, in Pascal case).</summary>
public sealed record DescribeExecutionResponse
{
    public string? ExecutionArn { get; init; }

    public string? StateMachineArn { get; init; }

    public string? Name { get; init; }

    /// <summary><c>RUNNING</c>, <c>SUCCEEDED</c>, <c>FAILED</c>, <c>TIMED_OUT</c>, <c>ABORTED</c> or <c>PENDING_REDRIVE</c>.</summary>
    public string? Status { get; init; }

    public DateTimeOffset? StartDate { get; init; }

    public DateTimeOffset? StopDate { get; init; }

    public string? Input { get; init; }

    public string? Output { get; init; }

    public string? Error { get; init; }

    public string? Cause { get; init; }

    public string? TraceHeader { get; init; }

    public string? MapRunArn { get; init; }

    public string? StateMachineVersionArn { get; init; }

    public string? StateMachineAliasArn { get; init; }

    public int? RedriveCount { get; init; }

    public DateTimeOffset? RedriveDate { get; init; }

    public string? RedriveStatus { get; init; }

    public string? RedriveStatusReason { get; init; }
}
