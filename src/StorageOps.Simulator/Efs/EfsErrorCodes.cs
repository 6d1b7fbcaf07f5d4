namespace StorageOps.Simulator.Efs;

/// <summary>The EFS error codes the simulator sends, with the HTTP status the service model gives each.</summary>
public static class EfsErrorCodes
{
    public const string AccessPointNotFound = "AccessPointNotFound";
    public const string AvailabilityZonesMismatch = "AvailabilityZonesMismatch";
    public const string BadRequest = "BadRequest";
    public const string ConflictException = "ConflictException";
    public const string FileSystemAlreadyExists = "FileSystemAlreadyExists";
    public const string FileSystemInUse = "FileSystemInUse";
    public const string FileSystemLimitExceeded = "FileSystemLimitExceeded";
    public const string FileSystemNotFound = "FileSystemNotFound";
    public const string IncorrectFileSystemLifeCycleState = "IncorrectFileSystemLifeCycleState";
    public const string IncorrectMountTargetState = "IncorrectMountTargetState";
    public const string InternalServerError = "InternalServerError";
    public const string IpAddressInUse = "IpAddressInUse";
    public const string MountTargetConflict = "MountTargetConflict";
    public const string MountTargetNotFound = "MountTargetNotFound";
    public const string NoFreeAddressesInSubnet = "NoFreeAddressesInSubnet";
    public const string ReplicationAlreadyExists = "ReplicationAlreadyExists";
    public const string ReplicationNotFound = "ReplicationNotFound";
    public const string SecurityGroupLimitExceeded = "SecurityGroupLimitExceeded";
    public const string SecurityGroupNotFound = "SecurityGroupNotFound";
    public const string SubnetNotFound = "SubnetNotFound";
    public const string ThroughputLimitExceeded = "ThroughputLimitExceeded";
    public const string TooManyRequests = "TooManyRequests";
    public const string UnsupportedAvailabilityZone = "UnsupportedAvailabilityZone";
    public const string ValidationException = "ValidationException";

    public static int HttpStatusCodeOf(string errorCode) => errorCode switch
    {
        ConflictException or FileSystemAlreadyExists or FileSystemInUse or IncorrectFileSystemLifeCycleState
            or IncorrectMountTargetState or IpAddressInUse or MountTargetConflict or NoFreeAddressesInSubnet
            or ReplicationAlreadyExists => 409,
        AccessPointNotFound or FileSystemNotFound or MountTargetNotFound or ReplicationNotFound => 404,
        FileSystemLimitExceeded => 403,
        TooManyRequests => 429,
        InternalServerError => 500,
        _ => 400,
    };
}
