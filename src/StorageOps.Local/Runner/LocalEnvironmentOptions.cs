using StorageOps.Local.Template;
using StorageOps.Simulator.Faults;
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

    /// <summary>The simulator's faults (none by default), for failure paths: forced states, server errors, throttling.</summary>
    public FaultSettings Faults { get; init; } = FaultSettings.None;
}
