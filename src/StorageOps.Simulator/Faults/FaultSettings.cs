namespace StorageOps.Simulator.Faults;

/// <summary>Faults as data: the rules every request is checked against, and the seed that makes their dice repeatable.</summary>
public sealed record FaultSettings
{
    public static FaultSettings None { get; } = new();

    /// <summary>Each rule rolls its own dice seeded from this and its position, so the same seed and request sequence give the same faults.</summary>
    public int Seed { get; init; }

    public IReadOnlyList<FaultRule> Rules { get; init; } = [];

    /// <summary>
    /// The clock added latency is waited on; real time by default, deliberately not <see cref="SimulatorOptions.TimeProvider"/>:
    /// the local runner's virtual clock advances only when no work is in flight, so a request waiting on it would wait forever.
    /// </summary>
    public TimeProvider LatencyClock { get; init; } = TimeProvider.System;
}
