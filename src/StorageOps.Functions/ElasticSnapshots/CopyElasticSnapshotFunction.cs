using StorageOps.Functions.Invocation;
using StorageOps.Functions.Serialization;

namespace StorageOps.Functions.ElasticSnapshots;

/// <summary>Handler <c>CopyElasticSnapshot</c>: copies the cluster's newest automated snapshot to the night's deterministic name.</summary>
public sealed class CopyElasticSnapshotFunction : JsonLambdaFunction<CopyElasticSnapshotInput, ElasticSnapshotStatus>
{
    public const string HandlerName = "CopyElasticSnapshot";

    private readonly ElasticSnapshotCopier copier;

    public CopyElasticSnapshotFunction(ElasticSnapshotCopier copier)
        : base(FunctionsJsonContext.Default.CopyElasticSnapshotInput, FunctionsJsonContext.Default.ElasticSnapshotStatus)
    {
        this.copier = copier;
    }

    public override string Name => HandlerName;

    protected override Task<ElasticSnapshotStatus> HandleAsync(CopyElasticSnapshotInput input, LambdaInvocation invocation, CancellationToken cancellationToken) =>
        copier.CopyAsync(ElasticSnapshotInputs.Require(input.Target, input.Night), cancellationToken);
}
