namespace StorageOps.Aws.StepFunctions;

public sealed record ListStateMachinesRequest
{
    /// <summary>0 to 1000; 0 means the service default (100).</summary>
    public int? MaxResults { get; init; }

    public string? NextToken { get; init; }
}
