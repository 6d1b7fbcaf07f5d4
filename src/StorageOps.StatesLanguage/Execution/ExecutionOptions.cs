using StorageOps.StatesLanguage.History;

namespace StorageOps.StatesLanguage.Execution;

public sealed class ExecutionOptions
{
    /// <summary>The execution name (e.g. the request id); a deterministic UUID when not set.</summary>
    public string? ExecutionName { get; init; }

    public string StateMachineArn { get; init; } = "arn:aws:states:us-east-1:123456789012:stateMachine:StateMachine";

    public string? RoleArn { get; init; }

    /// <summary>Called for every history event as it happens, on the execution's thread.</summary>
    public Action<HistoryEvent>? OnEvent { get; init; }

    /// <summary>Called for every history event of a distributed Map child execution (at any depth), with the child's name.</summary>
    public Action<string, HistoryEvent>? OnChildEvent { get; init; }

    /// <summary>Seeds States.UUID, States.MathRandom and retry jitter; derived from the execution name when not set.</summary>
    public int? RandomSeed { get; init; }

    /// <summary>Mocked task responses (a test case of a Step Functions Local mock configuration); tasks of states it names are not invoked.</summary>
    public Mocking.MockedTestCase? Mocks { get; init; }
}
