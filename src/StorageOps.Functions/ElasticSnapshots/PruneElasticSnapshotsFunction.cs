using StorageOps.Functions.Errors;
using StorageOps.Functions.Invocation;
using StorageOps.Functions.NightSummaries;
using StorageOps.Functions.Serialization;
using StorageOps.Functions.SnapshotTargets;

namespace StorageOps.Functions.ElasticSnapshots;

/// <summary>Handler <c>PruneElasticSnapshots</c>: applies the night's retention to the cluster's copies and returns the target's result.</summary>
public sealed class PruneElasticSnapshotsFunction : JsonLambdaFunction<PruneElasticSnapshotsInput, TargetResult>
{
    public const string HandlerName = "PruneElasticSnapshots";

    private readonly ElasticSnapshotPruner pruner;

    public PruneElasticSnapshotsFunction(ElasticSnapshotPruner pruner)
        : base(FunctionsJsonContext.Default.PruneElasticSnapshotsInput, FunctionsJsonContext.Default.TargetResult)
    {
        this.pruner = pruner;
    }

    public override string Name => HandlerName;

    protected override Task<TargetResult> HandleAsync(PruneElasticSnapshotsInput input, LambdaInvocation invocation, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        if (input.StartedAt is null)
        {
            problems.Add("startedAt: is required (RFC 3339)");
        }

        if (string.IsNullOrWhiteSpace(input.Snapshot))
        {
            problems.Add("snapshot: is required");
        }

        var job = ElasticSnapshotInputs.Require(input.Target, input.Night, problems);
        if (!string.Equals(input.Snapshot, job.SnapshotName, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidInputException(
                [$"snapshot: '{input.Snapshot}' is not the night's copy of {job.Target.Cluster}; expected {NightlySnapshotName.For(job.Target.Cluster, job.Date)}"]);
        }

        return pruner.PruneAsync(job, input.StartedAt!.Value, cancellationToken);
    }
}
