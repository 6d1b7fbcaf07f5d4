using StorageOps.Simulator.Lifecycle;

namespace StorageOps.Simulator;

/// <summary>How an <see cref="AwsSimulator"/> behaves: its clock, its caller identity and how fast resources settle.</summary>
public sealed record SimulatorOptions
{
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    public string AccountId { get; init; } = "123456789012";

    /// <summary>Used when a request carries no SigV4 credential scope.</summary>
    public string DefaultRegion { get; init; } = "us-east-1";

    /// <summary>When a new EFS file system moves from <c>creating</c> to <c>available</c>.</summary>
    // Never instant by default, so polling loops written against the simulator really loop.
    public LifecycleTransition FileSystemCreation { get; init; } = LifecycleTransition.AfterSeconds(30);
}
