namespace StorageOps.Functions.FileSystems;

/// <summary>Result of the CreateFileSystem handler.</summary>
/// <param name="AlreadyExisted">True when an earlier delivery of the same request had created it.</param>
/// <param name="Deadline">After this instant the workflow stops polling and fails.</param>
/// <param name="Status">Its state right after the call, so the first poll waits the right time.</param>
public sealed record CreatedFileSystem(
    string FileSystemId,
    string? FileSystemArn,
    bool AlreadyExisted,
    DateTimeOffset Deadline,
    FileSystemStatus Status);
