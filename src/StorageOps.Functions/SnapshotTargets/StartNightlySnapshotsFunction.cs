using StorageOps.Functions.Invocation;
using StorageOps.Functions.Serialization;

namespace StorageOps.Functions.SnapshotTargets;

/// <summary>Handler <c>StartNightlySnapshots</c>: the night (date in the schedule's time zone, window, policies) and its empty summary with the snapshot quota counted.</summary>
public sealed class StartNightlySnapshotsFunction : JsonLambdaFunction<StartNightlySnapshotsInput, StartedNight>
{
    private readonly NightStarter starter;

    public StartNightlySnapshotsFunction(NightStarter starter)
        : base(FunctionsJsonContext.Default.StartNightlySnapshotsInput, FunctionsJsonContext.Default.StartedNight)
    {
        this.starter = starter;
    }

    public const string HandlerName = "StartNightlySnapshots";

    public override string Name => HandlerName;

    protected override Task<StartedNight> HandleAsync(StartNightlySnapshotsInput input, LambdaInvocation invocation, CancellationToken cancellationToken) =>
        starter.StartAsync(input.ScheduledTime, cancellationToken);
}
