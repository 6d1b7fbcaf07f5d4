namespace StorageOps.Aws.StepFunctions;

/// <summary>One execution in a ListExecutions page.</summary>
public sealed record ExecutionListItem
{
    public string? ExecutionArn { get; init; }

    public string? StateMachineArn { get; init; }

    public string? Name { get; init; }

    public string? Status { get; init; }

    public DateTimeOffset? StartDate { get; init; }

    public DateTimeOffset? StopDate { get; init; }

    public string? MapRunArn { get; init; }

    public int? ItemCount { get; init; }

    public string? StateMachineVersionArn { get; init; }

    public string? StateMachineAliasArn { get; init; }

    public int? RedriveCount { get; init; }

    public DateTimeOffset? RedriveDate { get; init; }
}
