using StorageOps.Functions.Errors;

namespace StorageOps.Functions.MountTargets;

/// <summary>EFS refused a mount target for a reason a retry cannot fix (unknown subnet, address in use, another zone, ...).</summary>
public sealed class MountTargetRejectedException : StorageOpsException
{
    public MountTargetRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public override string ErrorType => ErrorNames.MountTargetRejected;
}
