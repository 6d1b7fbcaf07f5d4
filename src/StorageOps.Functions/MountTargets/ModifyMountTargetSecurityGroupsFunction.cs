using StorageOps.Functions.Invocation;
using StorageOps.Functions.Serialization;

namespace StorageOps.Functions.MountTargets;

/// <summary>Handler <c>ModifyMountTargetSecurityGroups</c>: replaces the security groups of mount targets of one of our file systems.</summary>
public sealed class ModifyMountTargetSecurityGroupsFunction : JsonLambdaFunction<ModifyMountTargetSecurityGroupsInput, MountTargetSecurityGroupsUpdate>
{
    private readonly MountTargetSecurityGroupsUpdater updater;

    public ModifyMountTargetSecurityGroupsFunction(MountTargetSecurityGroupsUpdater updater)
        : base(FunctionsJsonContext.Default.ModifyMountTargetSecurityGroupsInput, FunctionsJsonContext.Default.MountTargetSecurityGroupsUpdate)
    {
        this.updater = updater;
    }

    public const string HandlerName = "ModifyMountTargetSecurityGroups";

    public override string Name => HandlerName;

    protected override Task<MountTargetSecurityGroupsUpdate> HandleAsync(ModifyMountTargetSecurityGroupsInput input, LambdaInvocation invocation, CancellationToken cancellationToken)
        => updater.ModifyAsync(input, cancellationToken);
}
