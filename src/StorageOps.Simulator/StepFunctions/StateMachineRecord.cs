namespace StorageOps.Simulator.StepFunctions;

/// <summary>A state machine as CreateStateMachine registered it.</summary>
public sealed record StateMachineRecord(
    string StateMachineArn,
    string Name,
    string Definition,
    string RoleArn,
    string Type,
    DateTimeOffset CreationDate);
