namespace StorageOps.Aws.StepFunctions;

/// <summary>Input of ListExecutions: exactly one of <see cref="StateMachineArn"/> and <see cref="MapRunArn"/>.</summary>
public sealed record ListExecutionsRequest
{
    public string? StateMachineArn { get; init; }

    /// <summary><c>RUNNING</c>, <c>SUCCEEDED</c>, <c>FAILED</c>, <c>TIMED_OUT</c>, <c>ABORTED</c> or <c>PENDING_REDRIVE</c>.</summary>
    public string? StatusFilter { get; init; }

    /// <summary>0 to 1000; 0 means the service default (100).</summary>
    public int? MaxResults { get; init; }

    public string? NextToken { get; init; }

    public string? MapRunArn { get; init; }

    /// <summary><c>REDRIVEN</c> or <c>NOT_REDRIVEN</c>.</summary>
    public string? RedriveFilter { get; init; }
}
