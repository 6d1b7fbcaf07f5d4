using StorageOps.Functions.Composition;

namespace StorageOps.Functions.MountTargets;

/// <summary>The mount-target security-group handler and what it is built from.</summary>
public static class MountTargetSecurityGroupRegistrations
{
    public static IReadOnlyList<FunctionRegistration> All { get; } =
    [
        new(ModifyMountTargetSecurityGroupsFunction.HandlerName, context => new ModifyMountTargetSecurityGroupsFunction(new MountTargetSecurityGroupsUpdater(context.Clients.Efs))),
    ];
}
