using StorageOps.Functions.FileSystems;
using StorageOps.Functions.Invocation;
using StorageOps.Functions.Serialization;

namespace StorageOps.Functions.Replication;

/// <summary>Handler <c>DescribeReplicationDeletion</c>: whether a file system's replication configuration is gone, and when to look again.</summary>
public sealed class DescribeReplicationDeletionFunction : JsonLambdaFunction<DescribeReplicationDeletionInput, ReplicationDeletion>
{
    private readonly FileSystemReplicator replicator;

    public DescribeReplicationDeletionFunction(FileSystemReplicator replicator)
        : base(FunctionsJsonContext.Default.DescribeReplicationDeletionInput, FunctionsJsonContext.Default.ReplicationDeletion)
    {
        this.replicator = replicator;
    }

    public const string HandlerName = "DescribeReplicationDeletion";

    public override string Name => HandlerName;

    protected override Task<ReplicationDeletion> HandleAsync(DescribeReplicationDeletionInput input, LambdaInvocation invocation, CancellationToken cancellationToken)
        => replicator.DescribeDeletionAsync(FileSystemIdInput.Require(input.FileSystemId, "fileSystemId"), input.DeletionStartedAt, cancellationToken);
}
