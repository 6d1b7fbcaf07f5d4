namespace StorageOps.Aws.StepFunctions;

public sealed record ListExecutionsResponse(IReadOnlyList<ExecutionListItem> Executions, string? NextToken);
