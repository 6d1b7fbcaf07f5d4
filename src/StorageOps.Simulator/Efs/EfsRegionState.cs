namespace StorageOps.Simulator.Efs;

/// <summary>The file systems of one account in one region, in creation order.</summary>
internal sealed class EfsRegionState
{
    private readonly List<FileSystem> fileSystems = [];
    private readonly Dictionary<string, FileSystem> byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FileSystem> byCreationToken = new(StringComparer.Ordinal);

    public long NextSequence { get; private set; }

    public int Count => fileSystems.Count;

    public IReadOnlyList<FileSystem> InCreationOrder => fileSystems;

    public void Add(FileSystem fileSystem)
    {
        fileSystems.Add(fileSystem);
        byId.Add(fileSystem.FileSystemId, fileSystem);
        byCreationToken.Add(fileSystem.CreationToken, fileSystem);
        NextSequence = fileSystem.Sequence + 1;
    }

    public FileSystem? FindById(string fileSystemId) => byId.GetValueOrDefault(fileSystemId);

    public FileSystem? FindByCreationToken(string creationToken) => byCreationToken.GetValueOrDefault(creationToken);
}
