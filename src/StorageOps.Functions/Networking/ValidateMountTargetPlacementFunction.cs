using StorageOps.Functions.Invocation;
using StorageOps.Functions.Serialization;

namespace StorageOps.Functions.Networking;

/// <summary>Handler <c>ValidateMountTargetPlacement</c>: checks a request's subnets and security groups before anything is created.</summary>
public sealed class ValidateMountTargetPlacementFunction : JsonLambdaFunction<ValidateMountTargetPlacementInput, MountTargetPlacement>
{
    private readonly MountTargetPlacementValidator validator;

    public ValidateMountTargetPlacementFunction(MountTargetPlacementValidator validator)
        : base(FunctionsJsonContext.Default.ValidateMountTargetPlacementInput, FunctionsJsonContext.Default.MountTargetPlacement)
    {
        this.validator = validator;
    }

    public const string HandlerName = "ValidateMountTargetPlacement";

    public override string Name => HandlerName;

    protected override Task<MountTargetPlacement> HandleAsync(ValidateMountTargetPlacementInput input, LambdaInvocation invocation, CancellationToken cancellationToken) =>
        validator.ValidateAsync(input, cancellationToken);
}
