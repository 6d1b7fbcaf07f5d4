namespace StorageOps.Simulator.Efs;

/// <summary>An error EFS would return; the HTTP layer writes it as the service does.</summary>
public sealed class EfsException : Exception
{
    public EfsException(string errorCode, string message, string? fileSystemId = null)
        : base(message)
    {
        ErrorCode = errorCode;
        FileSystemId = fileSystemId;
    }

    public string ErrorCode { get; }

    public int HttpStatusCode => EfsErrorCodes.HttpStatusCodeOf(ErrorCode);

    /// <summary>Set on <c>FileSystemAlreadyExists</c>: the file system that already holds the creation token.</summary>
    public string? FileSystemId { get; }

    public static EfsException BadRequest(string message) => new(EfsErrorCodes.BadRequest, message);

    public static EfsException FileSystemNotFound(string fileSystemId) =>
        new(EfsErrorCodes.FileSystemNotFound, $"File system '{fileSystemId}' does not exist.");

    public static EfsException FileSystemAlreadyExists(string fileSystemId, string creationToken) =>
        new(EfsErrorCodes.FileSystemAlreadyExists, $"File system '{fileSystemId}' already exists with creation token '{creationToken}'", fileSystemId);

    public static EfsException MountTargetNotFound(string mountTargetId) =>
        new(EfsErrorCodes.MountTargetNotFound, $"Mount target '{mountTargetId}' does not exist.");

    public static EfsException IncorrectFileSystemLifeCycleState(string fileSystemId, string state) =>
        new(EfsErrorCodes.IncorrectFileSystemLifeCycleState, $"File system '{fileSystemId}' is in life cycle state '{state}'; it must be 'available'.");

    public static EfsException ReplicationNotFound(string fileSystemId) =>
        new(EfsErrorCodes.ReplicationNotFound, $"No replication configuration found for file system '{fileSystemId}'.");
}
