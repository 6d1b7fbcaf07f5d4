using StorageOps.Functions.Invocation;
using StorageOps.Functions.Serialization;

namespace StorageOps.Functions.ClusterSnapshots;

/// <summary>Handler <c>DescribeClusterSnapshot</c>: the night's snapshot's status and progress, whether it is ready, and when to look again.</summary>
public sealed class DescribeClusterSnapshotFunction : JsonLambdaFunction<DescribeClusterSnapshotInput, ClusterSnapshotStatus>
{
    private readonly ClusterSnapshotter snapshotter;

    public DescribeClusterSnapshotFunction(ClusterSnapshotter snapshotter)
        : base(FunctionsJsonContext.Default.DescribeClusterSnapshotInput, FunctionsJsonContext.Default.ClusterSnapshotStatus)
    {
        this.snapshotter = snapshotter;
    }

    public const string HandlerName = "DescribeClusterSnapshot";

    public override string Name => HandlerName;

    protected override Task<ClusterSnapshotStatus> HandleAsync(DescribeClusterSnapshotInput input, LambdaInvocation invocation, CancellationToken cancellationToken)
    {
        var (_, night, snapshot) = ClusterSnapshotInputValidator.ValidateWithSnapshot(input.Target, input.Night, input.Snapshot);
        return snapshotter.DescribeAsync(snapshot, night, cancellationToken);
    }
}
