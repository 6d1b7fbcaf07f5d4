using StorageOps.Functions.Composition;

namespace StorageOps.Functions.Networking;

/// <summary>The network handlers and what each is built from.</summary>
public static class NetworkingRegistrations
{
    public static IReadOnlyList<FunctionRegistration> All { get; } =
    [
        new(ValidateMountTargetPlacementFunction.HandlerName, context => new ValidateMountTargetPlacementFunction(
            new MountTargetPlacementValidator(new Ec2NetworkDirectory(context.Clients.Ec2)))),
    ];
}
