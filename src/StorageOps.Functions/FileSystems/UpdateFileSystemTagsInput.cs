namespace StorageOps.Functions.FileSystems;

/// <summary>Input of the UpdateFileSystemTags handler: tags to add or overwrite, and tag keys to remove.</summary>
public sealed record UpdateFileSystemTagsInput
{
    public string? FileSystemId { get; init; }

    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    public IReadOnlyList<string>? RemoveTagKeys { get; init; }
}
