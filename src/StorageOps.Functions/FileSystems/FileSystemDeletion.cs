namespace StorageOps.Functions.FileSystems;

/// <summary>Result of the DeleteFileSystem handler.</summary>
/// <param name="AlreadyGone">The file system did not exist any more (a retry, or someone deleted it).</param>
/// <param name="RequestedAt">When the deletion was asked for; the polls' intervals grow from here.</param>
/// <param name="Deadline">After this instant the workflow stops polling and fails.</param>
/// <param name="WaitSeconds">How long to wait before the first describe.</param>
public sealed record FileSystemDeletion(string FileSystemId, bool AlreadyGone, DateTimeOffset RequestedAt, DateTimeOffset Deadline, int WaitSeconds);
