namespace StorageOps.Aws.StepFunctions;

public sealed record GetExecutionHistoryRequest
{
    public required string ExecutionArn { get; init; }

    /// <summary>0 to 1000; 0 means the service default (100).</summary>
    public int? MaxResults { get; init; }

    public bool? ReverseOrder { get; init; }

    public string? NextToken { get; init; }

    public bool? IncludeExecutionData { get; init; }
}
