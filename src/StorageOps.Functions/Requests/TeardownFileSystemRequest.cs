namespace StorageOps.Functions.Requests;

/// <summary>A request to delete a file system with its mount targets and replication: the input of the teardown-file-system state machine.</summary>
public sealed record TeardownFileSystemRequest
{
    public string? RequestId { get; init; }

    public string? FileSystemId { get; init; }

    /// <summary>Deletes a file system without our ownership tag too; default false.</summary>
    public bool? Force { get; init; }

    public int? TimeoutSeconds { get; init; }
}
