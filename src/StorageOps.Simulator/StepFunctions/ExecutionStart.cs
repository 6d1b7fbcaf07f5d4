namespace StorageOps.Simulator.StepFunctions;

/// <summary>What StartExecution accepted: the execution to run.</summary>
public sealed record ExecutionStart(string ExecutionArn, string Name, string Input, DateTimeOffset StartDate);
