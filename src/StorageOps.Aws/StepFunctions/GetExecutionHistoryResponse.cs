namespace StorageOps.Aws.StepFunctions;

public sealed record GetExecutionHistoryResponse(IReadOnlyList<ExecutionHistoryEvent> Events, string? NextToken);
