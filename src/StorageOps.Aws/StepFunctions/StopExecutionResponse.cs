namespace StorageOps.Aws.StepFunctions;

public sealed record StopExecutionResponse(DateTimeOffset? StopDate);
