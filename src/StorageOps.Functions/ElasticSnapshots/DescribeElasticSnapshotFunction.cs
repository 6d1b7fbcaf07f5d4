using StorageOps.Functions.Invocation;
using StorageOps.Functions.Serialization;

namespace StorageOps.Functions.ElasticSnapshots;

/// <summary>Handler <c>DescribeElasticSnapshot</c>: the night's copy's status, whether it is ready, and when to look again.</summary>
public sealed class DescribeElasticSnapshotFunction : JsonLambdaFunction<DescribeElasticSnapshotInput, ElasticSnapshotStatus>
{
    public const string HandlerName = "DescribeElasticSnapshot";

    private readonly ElasticSnapshotCopier copier;

    public DescribeElasticSnapshotFunction(ElasticSnapshotCopier copier)
        : base(FunctionsJsonContext.Default.DescribeElasticSnapshotInput, FunctionsJsonContext.Default.ElasticSnapshotStatus)
    {
        this.copier = copier;
    }

    public override string Name => HandlerName;

    protected override Task<ElasticSnapshotStatus> HandleAsync(DescribeElasticSnapshotInput input, LambdaInvocation invocation, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        if (input.SnapshotArn is not { } arn || !arn.StartsWith("arn:", StringComparison.Ordinal) || !arn.Contains(":docdb-elastic:", StringComparison.Ordinal)
            || !arn.Contains(":cluster-snapshot/", StringComparison.Ordinal))
        {
            problems.Add($"snapshotArn: '{input.SnapshotArn}' must be a DocumentDB Elastic cluster snapshot ARN (arn:aws:docdb-elastic:<region>:<account>:cluster-snapshot/<id>)");
        }

        var job = ElasticSnapshotInputs.Require(input.Target, input.Night, problems);
        return copier.DescribeAsync(job, input.SnapshotArn!, cancellationToken);
    }
}
