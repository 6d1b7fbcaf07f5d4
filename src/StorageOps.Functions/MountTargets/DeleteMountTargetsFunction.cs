using StorageOps.Functions.Invocation;
using StorageOps.Functions.Serialization;

namespace StorageOps.Functions.MountTargets;

/// <summary>Handler <c>DeleteMountTargets</c>: deletes every mount target of a file system this tool owns (or any, with force).</summary>
public sealed class DeleteMountTargetsFunction : JsonLambdaFunction<DeleteMountTargetsInput, MountTargetDeletion>
{
    private readonly MountTargetManager mountTargets;

    public DeleteMountTargetsFunction(MountTargetManager mountTargets)
        : base(FunctionsJsonContext.Default.DeleteMountTargetsInput, FunctionsJsonContext.Default.MountTargetDeletion)
    {
        this.mountTargets = mountTargets;
    }

    public const string HandlerName = "DeleteMountTargets";

    public override string Name => HandlerName;

    protected override Task<MountTargetDeletion> HandleAsync(DeleteMountTargetsInput input, LambdaInvocation invocation, CancellationToken cancellationToken)
        => mountTargets.DeleteAllAsync(input, cancellationToken);
}
