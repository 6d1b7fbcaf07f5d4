namespace StorageOps.Aws.StepFunctions;

public sealed record ListStateMachinesResponse(IReadOnlyList<StateMachineListItem> StateMachines, string? NextToken);
