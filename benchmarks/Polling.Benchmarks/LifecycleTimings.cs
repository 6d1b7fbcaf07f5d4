using StorageOps.Functions.Polling;
using StorageOps.Local.Runner;
using StorageOps.Simulator.Lifecycle;

namespace Polling.Benchmarks;

/// <summary>The simulator's settling time of every polled operation, at the local runner's defaults times a speed factor.</summary>
public sealed record LifecycleTimings(double Scale)
{
    /// <summary>The local runner's defaults (LocalEnvironmentOptions.FileSystemCreation, the rest SimulatorOptions'), in seconds.</summary>
    public static readonly IReadOnlyDictionary<PolledOperation, double> DefaultSeconds = new Dictionary<PolledOperation, double>
    {
        [PolledOperation.FileSystemCreation] = 45,
        [PolledOperation.FileSystemDeletion] = 10,
        [PolledOperation.MountTargetCreation] = 60,
        [PolledOperation.MountTargetDeletion] = 30,
        [PolledOperation.ReplicationEnabling] = 120,
        [PolledOperation.ReplicationDeletion] = 30,
    };

    public double SecondsOf(PolledOperation operation) => DefaultSeconds[operation] * Scale;

    /// <summary>Every resource settles after its scaled time.</summary>
    public LocalEnvironmentOptions Apply(LocalEnvironmentOptions options) => options with
    {
        FileSystemCreation = After(PolledOperation.FileSystemCreation),
        ConfigureSimulator = simulator => simulator with
        {
            FileSystemCreation = After(PolledOperation.FileSystemCreation),
            FileSystemDeletion = After(PolledOperation.FileSystemDeletion),
            MountTargetCreation = After(PolledOperation.MountTargetCreation),
            MountTargetDeletion = After(PolledOperation.MountTargetDeletion),
            ReplicationEnabling = After(PolledOperation.ReplicationEnabling),
            ReplicationDeletion = After(PolledOperation.ReplicationDeletion),
        },
    };

    /// <summary>The lower bound: every resource is seen settled by its first describe, whenever that comes.</summary>
    public static LocalEnvironmentOptions SettledAtFirstDescribe(LocalEnvironmentOptions options) => options with
    {
        FileSystemCreation = LifecycleTransition.AfterDescribes(1),
        ConfigureSimulator = simulator => simulator with
        {
            FileSystemCreation = LifecycleTransition.AfterDescribes(1),
            FileSystemDeletion = LifecycleTransition.AfterDescribes(1),
            MountTargetCreation = LifecycleTransition.AfterDescribes(1),
            MountTargetDeletion = LifecycleTransition.AfterDescribes(1),
            ReplicationEnabling = LifecycleTransition.AfterDescribes(1),
            ReplicationDeletion = LifecycleTransition.AfterDescribes(1),
        },
    };

    private LifecycleTransition After(PolledOperation operation) => LifecycleTransition.AfterSeconds(SecondsOf(operation));
}
