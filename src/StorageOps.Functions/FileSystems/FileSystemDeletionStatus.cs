namespace StorageOps.Functions.FileSystems;

/// <summary>Result of the DescribeFileSystemDeletion handler.</summary>
/// <param name="LifeCycleState">EFS's state, <c>deleted</c> once EFS answers FileSystemNotFound.</param>
/// <param name="Gone">EFS no longer knows the file system.</param>
/// <param name="WaitSeconds">How long to wait before describing again.</param>
/// <param name="CheckedAt">When it was described, on the caller's clock; state machines compare it with the deadline.</param>
public sealed record FileSystemDeletionStatus(string FileSystemId, string LifeCycleState, bool Gone, int WaitSeconds, DateTimeOffset CheckedAt);
