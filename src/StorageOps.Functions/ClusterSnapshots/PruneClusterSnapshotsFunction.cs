using StorageOps.Functions.Errors;
using StorageOps.Functions.Invocation;
using StorageOps.Functions.NightSummaries;
using StorageOps.Functions.Serialization;

namespace StorageOps.Functions.ClusterSnapshots;

/// <summary>Handler <c>PruneClusterSnapshots</c>: applies the night's retention to the cluster's owned snapshots and returns the target's result.</summary>
public sealed class PruneClusterSnapshotsFunction : JsonLambdaFunction<PruneClusterSnapshotsInput, TargetResult>
{
    private readonly ClusterSnapshotPruner pruner;

    public PruneClusterSnapshotsFunction(ClusterSnapshotPruner pruner)
        : base(FunctionsJsonContext.Default.PruneClusterSnapshotsInput, FunctionsJsonContext.Default.TargetResult)
    {
        this.pruner = pruner;
    }

    public const string HandlerName = "PruneClusterSnapshots";

    public override string Name => HandlerName;

    protected override Task<TargetResult> HandleAsync(PruneClusterSnapshotsInput input, LambdaInvocation invocation, CancellationToken cancellationToken)
    {
        if (input.StartedAt is not { } startedAt)
        {
            throw new InvalidInputException("startedAt: is required (RFC 3339, when the target's work began)");
        }

        var (target, night, snapshot) = ClusterSnapshotInputValidator.ValidateWithSnapshot(input.Target, input.Night, input.Snapshot);
        return pruner.PruneTargetAsync(target, night, snapshot, startedAt, input.PrunedBeforeCreate ?? [], cancellationToken);
    }
}
