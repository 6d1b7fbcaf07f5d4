using System.Net;
using StorageOps.Aws.Efs;
using StorageOps.Functions.Composition;

namespace StorageOps.Functions.Tests.Replication;

/// <summary>
/// EFS in several Regions behind <see cref="IEfsClient"/>, for the replication and update logic: file systems, one
/// replication configuration per source, mount targets and their security groups. Every call is recorded with its Region.
/// </summary>
internal sealed class RegionalEfs
{
    public const string HomeRegion = "us-east-1";
    public const string AccountId = "123456789012";
    public static readonly Tag ManagedBy = new("storageops:managed-by", "storageops");

    private readonly Dictionary<string, FileSystemDescription> fileSystems = [];
    private readonly Dictionary<string, string> regionOf = [];
    private readonly Dictionary<string, ReplicationConfigurationDescription> replications = [];
    private readonly Dictionary<string, (string FileSystemId, List<string> SecurityGroups)> mountTargets = [];

    public List<string> Calls { get; } = [];

    /// <summary>Thrown by the next UpdateFileSystem call.</summary>
    public Exception? NextUpdateFailure { get; set; }

    /// <summary>Thrown by the next CreateReplicationConfiguration call, after it has stored the configuration (a concurrent create).</summary>
    public Exception? NextCreateReplicationFailure { get; set; }

    public RegionalClients<IEfsClient> Clients() => new(HomeRegion, region => new Client(this, region));

    public static string ArnOf(string region, string fileSystemId, string accountId = AccountId) =>
        $"arn:aws:elasticfilesystem:{region}:{accountId}:file-system/{fileSystemId}";

    public FileSystemDescription AddFileSystem(string fileSystemId, bool owned, string region = HomeRegion, string protection = "ENABLED", params Tag[] tags)
    {
        var fileSystem = new FileSystemDescription
        {
            FileSystemId = fileSystemId,
            FileSystemArn = ArnOf(region, fileSystemId),
            LifeCycleState = "available",
            ThroughputMode = "elastic",
            Tags = owned ? [ManagedBy, .. tags] : [.. tags],
            FileSystemProtection = new FileSystemProtectionDescription(protection),
        };
        fileSystems[fileSystemId] = fileSystem;
        regionOf[fileSystemId] = region;
        return fileSystem;
    }

    public void AddReplication(string sourceId, string destinationId, string destinationRegion, string status, DateTimeOffset created, string? statusMessage = null) =>
        replications[sourceId] = new ReplicationConfigurationDescription
        {
            SourceFileSystemId = sourceId,
            CreationTime = created,
            Destinations = [new ReplicationDestination { FileSystemId = destinationId, Region = destinationRegion, Status = status, StatusMessage = statusMessage }],
        };

    public void AddMountTarget(string mountTargetId, string fileSystemId, params string[] securityGroups) =>
        mountTargets[mountTargetId] = (fileSystemId, [.. securityGroups]);

    public FileSystemDescription FileSystem(string fileSystemId) => fileSystems[fileSystemId];

    public ReplicationConfigurationDescription? ReplicationOf(string sourceId) => replications.GetValueOrDefault(sourceId);

    public IReadOnlyList<string> SecurityGroupsOf(string mountTargetId) => mountTargets[mountTargetId].SecurityGroups;

    private FileSystemDescription Find(string region, string idOrArn)
    {
        var id = idOrArn.Split('/')[^1];
        return fileSystems.TryGetValue(id, out var fileSystem) && regionOf[id] == region
            ? fileSystem
            : throw new FileSystemNotFoundException($"File system '{idOrArn}' does not exist.", "req", HttpStatusCode.NotFound);
    }

    private sealed class Client(RegionalEfs efs, string region) : IEfsClient
    {
        private Task Record(string operation)
        {
            efs.Calls.Add($"{region} {operation}");
            return Task.CompletedTask;
        }

        public async Task<DescribeFileSystemsResponse> DescribeFileSystemsAsync(DescribeFileSystemsRequest request, CancellationToken cancellationToken = default)
        {
            await Record("DescribeFileSystems");
            return new DescribeFileSystemsResponse([efs.Find(region, request.FileSystemId!)], null, null);
        }

        public async Task<FileSystemDescription> UpdateFileSystemAsync(UpdateFileSystemRequest request, CancellationToken cancellationToken = default)
        {
            await Record("UpdateFileSystem");
            if (efs.NextUpdateFailure is { } failure)
            {
                efs.NextUpdateFailure = null;
                throw failure;
            }

            var updated = efs.Find(region, request.FileSystemId) with
            {
                ThroughputMode = request.ThroughputMode,
                ProvisionedThroughputInMibps = request.ProvisionedThroughputInMibps,
                LifeCycleState = "updating",
            };
            efs.fileSystems[updated.FileSystemId!] = updated;
            return updated;
        }

        public async Task TagResourceAsync(TagResourceRequest request, CancellationToken cancellationToken = default)
        {
            await Record("TagResource");
            var fileSystem = efs.Find(region, request.ResourceId);
            var keys = request.Tags.Select(tag => tag.Key).ToHashSet();
            efs.fileSystems[fileSystem.FileSystemId!] = fileSystem with { Tags = [.. fileSystem.Tags.Where(tag => !keys.Contains(tag.Key)), .. request.Tags] };
        }

        public async Task UntagResourceAsync(UntagResourceRequest request, CancellationToken cancellationToken = default)
        {
            await Record("UntagResource");
            var fileSystem = efs.Find(region, request.ResourceId);
            efs.fileSystems[fileSystem.FileSystemId!] = fileSystem with { Tags = [.. fileSystem.Tags.Where(tag => !request.TagKeys.Contains(tag.Key))] };
        }

        public async Task<FileSystemProtectionDescription> UpdateFileSystemProtectionAsync(UpdateFileSystemProtectionRequest request, CancellationToken cancellationToken = default)
        {
            await Record("UpdateFileSystemProtection");
            var fileSystem = efs.Find(region, request.FileSystemId);
            var protection = new FileSystemProtectionDescription(request.ReplicationOverwriteProtection);
            efs.fileSystems[fileSystem.FileSystemId!] = fileSystem with { FileSystemProtection = protection };
            return protection;
        }

        public async Task<ReplicationConfigurationDescription> CreateReplicationConfigurationAsync(CreateReplicationConfigurationRequest request, CancellationToken cancellationToken = default)
        {
            await Record("CreateReplicationConfiguration");
            var destination = request.Destinations[0];
            var destinationRegion = destination.Region ?? region;
            var destinationId = destination.FileSystemId?.Split('/')[^1] ?? $"fs-{efs.fileSystems.Count + 1:x17}";
            var replication = new ReplicationConfigurationDescription
            {
                SourceFileSystemId = request.SourceFileSystemId,
                Destinations = [new ReplicationDestination { FileSystemId = destinationId, Region = destinationRegion, Status = "ENABLING", RoleArn = destination.RoleArn }],
            };
            efs.replications[request.SourceFileSystemId] = replication;
            if (efs.NextCreateReplicationFailure is { } failure)
            {
                efs.NextCreateReplicationFailure = null;
                throw failure;
            }

            return replication;
        }

        public async Task<DescribeReplicationConfigurationsResponse> DescribeReplicationConfigurationsAsync(DescribeReplicationConfigurationsRequest request, CancellationToken cancellationToken = default)
        {
            await Record("DescribeReplicationConfigurations");
            var id = request.FileSystemId!;
            var replication = efs.replications.GetValueOrDefault(id)
                ?? efs.replications.Values.FirstOrDefault(candidate => candidate.Destinations.Any(destination => destination.FileSystemId == id))
                ?? throw new ReplicationNotFoundException($"File system '{id}' has no replication configuration.", "req", HttpStatusCode.NotFound);
            return new DescribeReplicationConfigurationsResponse([replication], null);
        }

        public async Task DeleteReplicationConfigurationAsync(DeleteReplicationConfigurationRequest request, CancellationToken cancellationToken = default)
        {
            await Record("DeleteReplicationConfiguration");
            var replication = efs.replications[request.SourceFileSystemId];
            efs.replications[request.SourceFileSystemId] = replication with { Destinations = [.. replication.Destinations.Select(destination => destination with { Status = "DELETING" })] };
        }

        public async Task<DescribeMountTargetsResponse> DescribeMountTargetsAsync(DescribeMountTargetsRequest request, CancellationToken cancellationToken = default)
        {
            await Record("DescribeMountTargets");
            var found = efs.mountTargets
                .Where(entry => entry.Value.FileSystemId == request.FileSystemId)
                .Select(entry => new MountTargetDescription { MountTargetId = entry.Key, FileSystemId = entry.Value.FileSystemId, LifeCycleState = "available" })
                .ToList();
            return new DescribeMountTargetsResponse(found, null, null);
        }

        public async Task<DescribeMountTargetSecurityGroupsResponse> DescribeMountTargetSecurityGroupsAsync(DescribeMountTargetSecurityGroupsRequest request, CancellationToken cancellationToken = default)
        {
            await Record("DescribeMountTargetSecurityGroups");
            return new DescribeMountTargetSecurityGroupsResponse([.. efs.mountTargets[request.MountTargetId].SecurityGroups]);
        }

        public async Task ModifyMountTargetSecurityGroupsAsync(ModifyMountTargetSecurityGroupsRequest request, CancellationToken cancellationToken = default)
        {
            await Record("ModifyMountTargetSecurityGroups");
            var (fileSystemId, _) = efs.mountTargets[request.MountTargetId];
            efs.mountTargets[request.MountTargetId] = (fileSystemId, [.. request.SecurityGroups!]);
        }

        public Task<FileSystemDescription> CreateFileSystemAsync(CreateFileSystemRequest request, CancellationToken cancellationToken = default) => Unused();

        public Task DeleteFileSystemAsync(DeleteFileSystemRequest request, CancellationToken cancellationToken = default) => Unused();

        public Task<MountTargetDescription> CreateMountTargetAsync(CreateMountTargetRequest request, CancellationToken cancellationToken = default) => Unused<MountTargetDescription>();

        public Task DeleteMountTargetAsync(DeleteMountTargetRequest request, CancellationToken cancellationToken = default) => Unused();

        public Task CreateTagsAsync(CreateTagsRequest request, CancellationToken cancellationToken = default) => Unused();

        public Task DeleteTagsAsync(DeleteTagsRequest request, CancellationToken cancellationToken = default) => Unused();

        public Task<DescribeTagsResponse> DescribeTagsAsync(DescribeTagsRequest request, CancellationToken cancellationToken = default) => Unused<DescribeTagsResponse>();

        public Task<ListTagsForResourceResponse> ListTagsForResourceAsync(ListTagsForResourceRequest request, CancellationToken cancellationToken = default) => Unused<ListTagsForResourceResponse>();

        private static Task<FileSystemDescription> Unused() => throw new NotSupportedException("Neither replication nor update calls this operation.");

        private static Task<T> Unused<T>() => throw new NotSupportedException("Neither replication nor update calls this operation.");
    }
}
