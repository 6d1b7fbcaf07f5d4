using StorageOps.Functions.FileSystems;
using StorageOps.Functions.Invocation;
using StorageOps.Functions.Serialization;

namespace StorageOps.Functions.Replication;

/// <summary>Handler <c>DescribeReplication</c>: the replication destination's status, whether it is ready, and when to look again; <c>ERROR</c> fails as <c>StorageOps.ReplicationFailed</c>.</summary>
public sealed class DescribeReplicationFunction : JsonLambdaFunction<DescribeReplicationInput, ReplicationStatus>
{
    private readonly FileSystemReplicator replicator;

    public DescribeReplicationFunction(FileSystemReplicator replicator)
        : base(FunctionsJsonContext.Default.DescribeReplicationInput, FunctionsJsonContext.Default.ReplicationStatus)
    {
        this.replicator = replicator;
    }

    public const string HandlerName = "DescribeReplication";

    public override string Name => HandlerName;

    protected override Task<ReplicationStatus> HandleAsync(DescribeReplicationInput input, LambdaInvocation invocation, CancellationToken cancellationToken)
        => replicator.DescribeAsync(FileSystemIdInput.Require(input.SourceFileSystemId, "sourceFileSystemId"), input.Deadline, cancellationToken);
}
