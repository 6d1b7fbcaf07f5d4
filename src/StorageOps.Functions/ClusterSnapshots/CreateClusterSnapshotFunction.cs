using StorageOps.Functions.Invocation;
using StorageOps.Functions.Serialization;

namespace StorageOps.Functions.ClusterSnapshots;

/// <summary>Handler <c>CreateClusterSnapshot</c>: creates (or finds) the night's snapshot of an Aurora/RDS cluster and says when to look again.</summary>
public sealed class CreateClusterSnapshotFunction : JsonLambdaFunction<CreateClusterSnapshotInput, ClusterSnapshotStatus>
{
    private readonly ClusterSnapshotter snapshotter;

    public CreateClusterSnapshotFunction(ClusterSnapshotter snapshotter)
        : base(FunctionsJsonContext.Default.CreateClusterSnapshotInput, FunctionsJsonContext.Default.ClusterSnapshotStatus)
    {
        this.snapshotter = snapshotter;
    }

    public const string HandlerName = "CreateClusterSnapshot";

    public override string Name => HandlerName;

    protected override Task<ClusterSnapshotStatus> HandleAsync(CreateClusterSnapshotInput input, LambdaInvocation invocation, CancellationToken cancellationToken)
    {
        var (target, night, date) = ClusterSnapshotInputValidator.Validate(input.Target, input.Night);
        return snapshotter.CreateAsync(target, night, date, cancellationToken);
    }
}
