using StorageOps.Functions.Invocation;
using StorageOps.Functions.Serialization;

namespace StorageOps.Functions.MountTargets;

/// <summary>Handler <c>DescribeMountTargets</c>: every mount target of a file system, whether the expected ones are ready, failed or gone, and when to look again.</summary>
public sealed class DescribeMountTargetsFunction : JsonLambdaFunction<DescribeMountTargetsInput, MountTargetsStatus>
{
    private readonly MountTargetManager mountTargets;

    public DescribeMountTargetsFunction(MountTargetManager mountTargets)
        : base(FunctionsJsonContext.Default.DescribeMountTargetsInput, FunctionsJsonContext.Default.MountTargetsStatus)
    {
        this.mountTargets = mountTargets;
    }

    public const string HandlerName = "DescribeMountTargets";

    public override string Name => HandlerName;

    protected override Task<MountTargetsStatus> HandleAsync(DescribeMountTargetsInput input, LambdaInvocation invocation, CancellationToken cancellationToken)
        => mountTargets.DescribeAsync(input, cancellationToken);
}
