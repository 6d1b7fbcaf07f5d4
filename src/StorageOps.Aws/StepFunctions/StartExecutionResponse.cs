namespace StorageOps.Aws.StepFunctions;

public sealed record StartExecutionResponse(string? ExecutionArn, DateTimeOffset? StartDate);
