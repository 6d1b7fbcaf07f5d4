using StorageOps.Functions.Invocation;
using StorageOps.Functions.Serialization;

namespace StorageOps.Functions.MountTargets;

/// <summary>Handler <c>CreateMountTarget</c>: creates one mount target in one subnet (or finds the one the file system already has there).</summary>
public sealed class CreateMountTargetFunction : JsonLambdaFunction<CreateMountTargetInput, CreatedMountTarget>
{
    private readonly MountTargetManager mountTargets;

    public CreateMountTargetFunction(MountTargetManager mountTargets)
        : base(FunctionsJsonContext.Default.CreateMountTargetInput, FunctionsJsonContext.Default.CreatedMountTarget)
    {
        this.mountTargets = mountTargets;
    }

    public const string HandlerName = "CreateMountTarget";

    public override string Name => HandlerName;

    protected override Task<CreatedMountTarget> HandleAsync(CreateMountTargetInput input, LambdaInvocation invocation, CancellationToken cancellationToken)
        => mountTargets.CreateAsync(input, cancellationToken);
}
