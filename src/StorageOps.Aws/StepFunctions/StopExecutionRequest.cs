namespace StorageOps.Aws.StepFunctions;

public sealed record StopExecutionRequest
{
    public required string ExecutionArn { get; init; }

    /// <summary>Error code of the failure, up to 256 characters.</summary>
    public string? Error { get; init; }

    /// <summary>More detail on the cause of the failure, up to 32768 characters.</summary>
    public string? Cause { get; init; }
}
