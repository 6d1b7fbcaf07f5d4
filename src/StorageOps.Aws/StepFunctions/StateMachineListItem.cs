namespace StorageOps.Aws.StepFunctions;

/// <summary>One state machine in a ListStateMachines page.</summary>
public sealed record StateMachineListItem
{
    public string? StateMachineArn { get; init; }

    public string? Name { get; init; }

    /// <summary><c>STANDARD</c> or <c>EXPRESS</c>.</summary>
    public string? Type { get; init; }

    public DateTimeOffset? CreationDate { get; init; }
}
