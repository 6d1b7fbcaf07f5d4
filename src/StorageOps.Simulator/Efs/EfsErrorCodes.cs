namespace StorageOps.Simulator.Efs;

/// <summary>The EFS error codes the simulator sends, with the HTTP status the service model gives each.</summary>
public static class EfsErrorCodes
{
    public const string BadRequest = "BadRequest";
    public const string FileSystemAlreadyExists = "FileSystemAlreadyExists";
    public const string FileSystemNotFound = "FileSystemNotFound";
    public const string FileSystemLimitExceeded = "FileSystemLimitExceeded";
    public const string ThroughputLimitExceeded = "ThroughputLimitExceeded";
    public const string UnsupportedAvailabilityZone = "UnsupportedAvailabilityZone";
    public const string InternalServerError = "InternalServerError";

    public static int HttpStatusCodeOf(string errorCode) => errorCode switch
    {
        FileSystemAlreadyExists => 409,
        FileSystemNotFound => 404,
        FileSystemLimitExceeded => 403,
        InternalServerError => 500,
        _ => 400,
    };
}
