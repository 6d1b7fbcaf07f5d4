using StorageOps.Functions.Invocation;
using StorageOps.Functions.Serialization;

namespace StorageOps.Functions.SnapshotTargets;

/// <summary>Handler <c>DiscoverSnapshotTargets</c>: one page of tagged Aurora/RDS and DocumentDB Elastic clusters, with the cursor of the next.</summary>
public sealed class DiscoverSnapshotTargetsFunction : JsonLambdaFunction<DiscoverSnapshotTargetsInput, DiscoveredTargets>
{
    private readonly SnapshotTargetDiscovery discovery;

    public DiscoverSnapshotTargetsFunction(SnapshotTargetDiscovery discovery)
        : base(FunctionsJsonContext.Default.DiscoverSnapshotTargetsInput, FunctionsJsonContext.Default.DiscoveredTargets)
    {
        this.discovery = discovery;
    }

    public const string HandlerName = "DiscoverSnapshotTargets";

    public override string Name => HandlerName;

    protected override Task<DiscoveredTargets> HandleAsync(DiscoverSnapshotTargetsInput input, LambdaInvocation invocation, CancellationToken cancellationToken) =>
        discovery.DiscoverAsync(input, cancellationToken);
}
