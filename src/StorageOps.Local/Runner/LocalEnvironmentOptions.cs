using StorageOps.Local.Template;
using StorageOps.Simulator;
using StorageOps.Simulator.Faults;
using StorageOps.Simulator.Fleet;
using StorageOps.Simulator.Lifecycle;

namespace StorageOps.Local.Runner;

public sealed record LocalEnvironmentOptions
{
    /// <summary>Null = found by <see cref="RepositoryLocator"/>.</summary>
    public string? TemplatePath { get; init; }

    /// <summary>Where the virtual clock starts; fixed by default so every run prints the same timestamps.</summary>
    public DateTimeOffset Start { get; init; } = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public LocalAccount Account { get; init; } = new();

    /// <summary>How long a new file system stays <c>creating</c> in the simulator.</summary>
    public LifecycleTransition FileSystemCreation { get; init; } = LifecycleTransition.AfterSeconds(45);

    /// <summary>Adjusts the simulator's options (lifecycle timings, fleet, faults) after the ones above are applied.</summary>
    public Func<SimulatorOptions, SimulatorOptions> ConfigureSimulator { get; init; } = options => options;

    /// <summary>Variables every function sees on top of template.yaml's, as a deployment could set them (for example STORAGEOPS_POLLING_TIME_SCALE).</summary>
    public IReadOnlyDictionary<string, string> FunctionVariables { get; init; } = new Dictionary<string, string>();

    /// <summary>The simulator's faults (none by default), for failure paths: forced states, server errors, throttling.</summary>
    public FaultSettings Faults { get; init; } = FaultSettings.None;

    /// <summary>How long a file system whose throughput changed stays <c>updating</c> in the simulator; by default it is available again at once.</summary>
    public LifecycleTransition FileSystemUpdate { get; init; } = LifecycleTransition.AfterSeconds(0);

    /// <summary>The simulator's VPCs, subnets and security groups; by default a default VPC in every region.</summary>
    public FleetSeed Fleet { get; init; } = FleetSeed.Default;

    /// <summary>
    /// Retries AWSSDK.Core makes inside each function's AWS calls; 0 by default, so a throttled call surfaces at once as
    /// StorageOps.Throttled and is retried by the state machine's Retry on the virtual clock (decision 0017: the SDK's own
    /// backoff sleeps in real time while the virtual clock stands still, so the simulator's token buckets never refill for
    /// it and each SDK retry is a wasted call). Null = the SDK default, as deployed functions use.
    /// </summary>
    public int? FunctionClientMaxErrorRetry { get; init; } = 0;
}
