namespace StorageOps.Functions.FileSystems;

/// <summary>Result of the UpdateFileSystemTags handler: the keys set and the keys removed.</summary>
public sealed record FileSystemTagsUpdate(string FileSystemId, IReadOnlyList<string> TagsSet, IReadOnlyList<string> TagsRemoved);
