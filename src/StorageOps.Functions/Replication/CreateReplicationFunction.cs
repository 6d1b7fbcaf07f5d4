using StorageOps.Functions.Invocation;
using StorageOps.Functions.Requests;
using StorageOps.Functions.Serialization;

namespace StorageOps.Functions.Replication;

/// <summary>Handler <c>CreateReplication</c>: replicates a file system to a new or existing destination (or finds the configuration an earlier delivery made).</summary>
public sealed class CreateReplicationFunction : JsonLambdaFunction<ReplicateFileSystemRequest, CreatedReplication>
{
    private readonly FileSystemReplicator replicator;

    public CreateReplicationFunction(FileSystemReplicator replicator)
        : base(FunctionsJsonContext.Default.ReplicateFileSystemRequest, FunctionsJsonContext.Default.CreatedReplication)
    {
        this.replicator = replicator;
    }

    public const string HandlerName = "CreateReplication";

    public override string Name => HandlerName;

    protected override Task<CreatedReplication> HandleAsync(ReplicateFileSystemRequest input, LambdaInvocation invocation, CancellationToken cancellationToken)
        => replicator.CreateAsync(input, cancellationToken);
}
