using StorageOps.Functions.FileSystems;
using StorageOps.Functions.Invocation;
using StorageOps.Functions.Serialization;

namespace StorageOps.Functions.Replication;

/// <summary>Handler <c>DeleteReplication</c>: starts deleting the replication configuration of one of our file systems, if it has one.</summary>
public sealed class DeleteReplicationFunction : JsonLambdaFunction<DeleteReplicationInput, ReplicationDeletion>
{
    private readonly FileSystemReplicator replicator;

    public DeleteReplicationFunction(FileSystemReplicator replicator)
        : base(FunctionsJsonContext.Default.DeleteReplicationInput, FunctionsJsonContext.Default.ReplicationDeletion)
    {
        this.replicator = replicator;
    }

    public const string HandlerName = "DeleteReplication";

    public override string Name => HandlerName;

    protected override Task<ReplicationDeletion> HandleAsync(DeleteReplicationInput input, LambdaInvocation invocation, CancellationToken cancellationToken)
        => replicator.DeleteAsync(FileSystemIdInput.Require(input.FileSystemId, "fileSystemId"), input.Force ?? false, cancellationToken);
}
