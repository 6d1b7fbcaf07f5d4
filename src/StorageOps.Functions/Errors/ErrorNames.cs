namespace StorageOps.Functions.Errors;

/// <summary>Every error name our handlers raise; the state machines' Retry and Catch clauses use these strings.</summary>
public static class ErrorNames
{
    public const string ValidationError = "StorageOps.ValidationError";
    public const string InvalidNetwork = "StorageOps.InvalidNetwork";
    public const string Throttled = "StorageOps.Throttled";
    public const string FileSystemNotFound = "StorageOps.FileSystemNotFound";
    public const string CreationTokenConflict = "StorageOps.CreationTokenConflict";
    public const string AwsServiceError = "StorageOps.AwsServiceError";
    public const string InternalError = "StorageOps.InternalError";
    public const string ConfigurationError = "StorageOps.ConfigurationError";
    public const string DeadlineExceeded = "StorageOps.DeadlineExceeded";
    public const string FileSystemFailed = "StorageOps.FileSystemFailed";
    public const string MountTargetFailed = "StorageOps.MountTargetFailed";
    public const string MountTargetRejected = "StorageOps.MountTargetRejected";
    public const string NotOwned = "StorageOps.NotOwned";
    public const string RollbackFailed = "StorageOps.RollbackFailed";
    public const string ReplicationNotFound = "StorageOps.ReplicationNotFound";
    public const string ReplicationConflict = "StorageOps.ReplicationConflict";
    public const string ReplicationFailed = "StorageOps.ReplicationFailed";
    public const string OverwriteProtectionEnabled = "StorageOps.OverwriteProtectionEnabled";
    public const string ThroughputChangeTooSoon = "StorageOps.ThroughputChangeTooSoon";
    public const string RequestConflict = "StorageOps.RequestConflict";
    public const string ClusterNotAvailable = "StorageOps.ClusterNotAvailable";
    public const string SnapshotQuotaExceeded = "StorageOps.SnapshotQuotaExceeded";
    public const string SnapshotFailed = "StorageOps.SnapshotFailed";
    public const string NoAutomatedSnapshot = "StorageOps.NoAutomatedSnapshot";
    public const string KmsKeyNotAccessible = "StorageOps.KmsKeyNotAccessible";
}
