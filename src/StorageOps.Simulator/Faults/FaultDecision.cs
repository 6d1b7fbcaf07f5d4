namespace StorageOps.Simulator.Faults;

/// <summary>What the fault rules decided for one request: how long to stall it and whether to fail it.</summary>
public sealed record FaultDecision(FaultKind Kind, TimeSpan Latency, int RuleIndex)
{
    public static FaultDecision None { get; } = new(FaultKind.None, TimeSpan.Zero, -1);
}
