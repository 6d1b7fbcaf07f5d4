namespace StorageOps.Simulator.Efs;

/// <summary>The file systems and mount targets of one account in one region, in creation order.</summary>
internal sealed class EfsRegionState
{
    private readonly List<FileSystem> fileSystems = [];
    private readonly Dictionary<string, FileSystem> byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FileSystem> byCreationToken = new(StringComparer.Ordinal);
    private readonly List<MountTarget> mountTargets = [];

    public long NextSequence { get; private set; }

    public long NextMountTargetSequence { get; private set; }

    public int Count => fileSystems.Count;

    public IReadOnlyList<FileSystem> InCreationOrder => fileSystems;

    public IReadOnlyList<MountTarget> MountTargets => mountTargets;

    public void Add(FileSystem fileSystem)
    {
        fileSystems.Add(fileSystem);
        byId.Add(fileSystem.FileSystemId, fileSystem);
        byCreationToken.Add(fileSystem.CreationToken, fileSystem);
        NextSequence = fileSystem.Sequence + 1;
    }

    public void Remove(FileSystem fileSystem)
    {
        fileSystems.Remove(fileSystem);
        byId.Remove(fileSystem.FileSystemId);
        byCreationToken.Remove(fileSystem.CreationToken);
    }

    public FileSystem? FindById(string fileSystemId) => byId.GetValueOrDefault(fileSystemId);

    public FileSystem? FindByCreationToken(string creationToken) => byCreationToken.GetValueOrDefault(creationToken);

    public void Add(MountTarget mountTarget)
    {
        mountTargets.Add(mountTarget);
        NextMountTargetSequence = mountTarget.Sequence + 1;
    }

    public void Remove(MountTarget mountTarget) => mountTargets.Remove(mountTarget);

    public MountTarget? FindMountTarget(string mountTargetId) => mountTargets.Find(mountTarget => mountTarget.MountTargetId == mountTargetId);

    public IEnumerable<MountTarget> MountTargetsOf(FileSystem fileSystem) =>
        mountTargets.Where(mountTarget => mountTarget.FileSystemId == fileSystem.FileSystemId);
}
