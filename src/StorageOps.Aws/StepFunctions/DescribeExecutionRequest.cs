namespace StorageOps.Aws.StepFunctions;

public sealed record DescribeExecutionRequest
{
    public required string ExecutionArn { get; init; }

    /// <summary><c>ALL_DATA</c> (default) or <c>METADATA_ONLY</c>.</summary>
    public string? IncludedData { get; init; }
}
