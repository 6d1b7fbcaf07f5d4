namespace StorageOps.Functions.Errors;

/// <summary>Every error name our handlers raise; the state machines' Retry and Catch clauses use these strings.</summary>
public static class ErrorNames
{
    public const string ValidationError = "StorageOps.ValidationError";
    public const string Throttled = "StorageOps.Throttled";
    public const string FileSystemNotFound = "StorageOps.FileSystemNotFound";
    public const string CreationTokenConflict = "StorageOps.CreationTokenConflict";
    public const string AwsServiceError = "StorageOps.AwsServiceError";
    public const string InternalError = "StorageOps.InternalError";
    public const string ConfigurationError = "StorageOps.ConfigurationError";
    public const string RequestConflict = "StorageOps.RequestConflict";
}
