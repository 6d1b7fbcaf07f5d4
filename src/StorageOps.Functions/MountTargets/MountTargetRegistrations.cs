using StorageOps.Functions.Composition;
using StorageOps.Functions.Polling;

namespace StorageOps.Functions.MountTargets;

/// <summary>The mount-target handlers and what each is built from.</summary>
public static class MountTargetRegistrations
{
    public static IReadOnlyList<FunctionRegistration> All { get; } =
    [
        new(CreateMountTargetFunction.HandlerName, context => new CreateMountTargetFunction(Manager(context))),
        new(DescribeMountTargetsFunction.HandlerName, context => new DescribeMountTargetsFunction(Manager(context))),
        new(DeleteMountTargetsFunction.HandlerName, context => new DeleteMountTargetsFunction(Manager(context))),
    ];

    private static MountTargetManager Manager(FunctionContext context) => new(context.Clients.Efs, context.Time, PollingSchedules.From(context.Environment));
}
