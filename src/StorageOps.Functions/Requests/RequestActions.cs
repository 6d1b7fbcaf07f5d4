namespace StorageOps.Functions.Requests;

/// <summary>The values of a request message's <c>action</c>: each names one state machine and its schemas/&lt;action&gt;.schema.json.</summary>
public static class RequestActions
{
    public const string ProvisionFileSystem = "provision-file-system";
    public const string ReplicateFileSystem = "replicate-file-system";
    public const string UpdateFileSystem = "update-file-system";
    public const string TeardownFileSystem = "teardown-file-system";

    public static readonly IReadOnlyList<string> All = [ProvisionFileSystem, ReplicateFileSystem, UpdateFileSystem, TeardownFileSystem];
}
