using System.Net;
using StorageOps.Aws.Efs;
using StorageOps.Functions.Composition;

namespace StorageOps.Functions.Tests.FileSystems;

/// <summary>
/// A small stand-in for EFS behind <see cref="IEfsClient"/>, so the domain logic is tested without HTTP
/// (the wire is tested in the Aws and EndToEnd suites). Honors creation tokens and records every call.
/// </summary>
internal sealed class InMemoryEfs : IEfsClient
{
    /// <summary>This EFS as the only region the provisioner is given.</summary>
    public RegionalClients<IEfsClient> InHomeRegion() => new("us-east-1", _ => this);

    private readonly Dictionary<string, FileSystemDescription> fileSystems = [];
    private readonly Dictionary<string, MountTargetDescription> mountTargets = [];
    private readonly TimeProvider time;

    public InMemoryEfs(TimeProvider time) => this.time = time;

    public List<string> Calls { get; } = [];

    public List<CreateFileSystemRequest> CreateRequests { get; } = [];

    public Exception? NextCreateFailure { get; set; }

    public List<CreateMountTargetRequest> CreateMountTargetRequests { get; } = [];

    /// <summary>Thrown by the next CreateMountTarget, after it has (when <see cref="CreateBeforeNextMountTargetFailure"/>) created the mount target anyway.</summary>
    public Exception? NextCreateMountTargetFailure { get; set; }

    /// <summary>Simulates a concurrent execution that created the same mount target just before ours failed with MountTargetConflict.</summary>
    public bool CreateBeforeNextMountTargetFailure { get; set; }

    public IReadOnlyCollection<MountTargetDescription> MountTargets => mountTargets.Values;

    public bool HasFileSystem(string fileSystemId) => fileSystems.ContainsKey(fileSystemId);

    public void Remove(string fileSystemId) => fileSystems.Remove(fileSystemId);

    public void SetMountTargetState(string mountTargetId, string lifeCycleState) =>
        mountTargets[mountTargetId] = mountTargets[mountTargetId] with { LifeCycleState = lifeCycleState };

    public void RemoveMountTarget(string mountTargetId) => mountTargets.Remove(mountTargetId);

    public void Add(FileSystemDescription fileSystem) => fileSystems[fileSystem.FileSystemId!] = fileSystem;

    public void SetState(string fileSystemId, string lifeCycleState) =>
        fileSystems[fileSystemId] = fileSystems[fileSystemId] with { LifeCycleState = lifeCycleState };

    public Task<FileSystemDescription> CreateFileSystemAsync(CreateFileSystemRequest request, CancellationToken cancellationToken = default)
    {
        Calls.Add("CreateFileSystem");
        CreateRequests.Add(request);
        if (NextCreateFailure is { } failure)
        {
            NextCreateFailure = null;
            throw failure;
        }

        if (fileSystems.Values.FirstOrDefault(existing => existing.CreationToken == request.CreationToken) is { } taken)
        {
            throw new FileSystemAlreadyExistsException("File system already exists.", "req-1", HttpStatusCode.Conflict, taken.FileSystemId!);
        }

        var id = $"fs-{fileSystems.Count + 1:x17}";
        var created = new FileSystemDescription
        {
            FileSystemId = id,
            FileSystemArn = $"arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/{id}",
            CreationToken = request.CreationToken,
            CreationTime = time.GetUtcNow(),
            LifeCycleState = "creating",
            Tags = request.Tags ?? [],
        };
        fileSystems[id] = created;
        return Task.FromResult(created);
    }

    public Task<DescribeFileSystemsResponse> DescribeFileSystemsAsync(DescribeFileSystemsRequest request, CancellationToken cancellationToken = default)
    {
        Calls.Add("DescribeFileSystems");
        if (request.FileSystemId is { } id)
        {
            return fileSystems.TryGetValue(id, out var fileSystem)
                ? Task.FromResult(new DescribeFileSystemsResponse([fileSystem], null, null))
                : throw new FileSystemNotFoundException($"File system '{id}' does not exist.", "req-2", HttpStatusCode.NotFound);
        }

        return Task.FromResult(new DescribeFileSystemsResponse([.. fileSystems.Values], null, null));
    }

    public Task DeleteFileSystemAsync(DeleteFileSystemRequest request, CancellationToken cancellationToken)
    {
        Calls.Add("DeleteFileSystem");
        if (!fileSystems.ContainsKey(request.FileSystemId))
        {
            throw new FileSystemNotFoundException($"File system '{request.FileSystemId}' does not exist.", "req-3", HttpStatusCode.NotFound);
        }

        if (mountTargets.Values.Any(mountTarget => mountTarget.FileSystemId == request.FileSystemId))
        {
            throw new FileSystemInUseException($"File system '{request.FileSystemId}' has mount targets.", "req-4", HttpStatusCode.Conflict);
        }

        SetState(request.FileSystemId, "deleting");
        return Task.CompletedTask;
    }

    public Task<FileSystemDescription> UpdateFileSystemAsync(UpdateFileSystemRequest request, CancellationToken cancellationToken) =>
        throw new NotSupportedException("UpdateFileSystemAsync is not used by these tests.");

    public Task<MountTargetDescription> CreateMountTargetAsync(CreateMountTargetRequest request, CancellationToken cancellationToken)
    {
        Calls.Add("CreateMountTarget");
        CreateMountTargetRequests.Add(request);
        if (NextCreateMountTargetFailure is { } failure)
        {
            NextCreateMountTargetFailure = null;
            if (CreateBeforeNextMountTargetFailure)
            {
                AddMountTarget(request);
            }

            throw failure;
        }

        return Task.FromResult(AddMountTarget(request));
    }

    public Task<DescribeMountTargetsResponse> DescribeMountTargetsAsync(DescribeMountTargetsRequest request, CancellationToken cancellationToken)
    {
        Calls.Add("DescribeMountTargets");
        if (request.FileSystemId is { } id && !fileSystems.ContainsKey(id))
        {
            throw new FileSystemNotFoundException($"File system '{id}' does not exist.", "req-5", HttpStatusCode.NotFound);
        }

        var page = mountTargets.Values.Where(mountTarget => mountTarget.FileSystemId == request.FileSystemId).OrderBy(mountTarget => mountTarget.MountTargetId, StringComparer.Ordinal).ToList();
        return Task.FromResult(new DescribeMountTargetsResponse(page, null, null));
    }

    public Task DeleteMountTargetAsync(DeleteMountTargetRequest request, CancellationToken cancellationToken)
    {
        Calls.Add("DeleteMountTarget");
        if (!mountTargets.ContainsKey(request.MountTargetId))
        {
            throw new MountTargetNotFoundException($"Mount target '{request.MountTargetId}' does not exist.", "req-6", HttpStatusCode.NotFound);
        }

        SetMountTargetState(request.MountTargetId, "deleting");
        return Task.CompletedTask;
    }

    private MountTargetDescription AddMountTarget(CreateMountTargetRequest request)
    {
        var id = $"fsmt-{mountTargets.Count + 1:x17}";
        var created = new MountTargetDescription
        {
            MountTargetId = id,
            FileSystemId = request.FileSystemId,
            SubnetId = request.SubnetId,
            AvailabilityZoneName = $"us-east-1{(char)('a' + mountTargets.Count)}",
            IpAddress = request.IpAddress ?? $"172.31.{mountTargets.Count}.10",
            NetworkInterfaceId = $"eni-{mountTargets.Count + 1:x17}",
            LifeCycleState = "creating",
        };
        mountTargets[id] = created;
        return created;
    }

    public Task<DescribeMountTargetSecurityGroupsResponse> DescribeMountTargetSecurityGroupsAsync(DescribeMountTargetSecurityGroupsRequest request, CancellationToken cancellationToken) =>
        throw new NotSupportedException("DescribeMountTargetSecurityGroupsAsync is not used by these tests.");

    public Task ModifyMountTargetSecurityGroupsAsync(ModifyMountTargetSecurityGroupsRequest request, CancellationToken cancellationToken) =>
        throw new NotSupportedException("ModifyMountTargetSecurityGroupsAsync is not used by these tests.");

    public Task CreateTagsAsync(CreateTagsRequest request, CancellationToken cancellationToken) =>
        throw new NotSupportedException("CreateTagsAsync is not used by these tests.");

    public Task DeleteTagsAsync(DeleteTagsRequest request, CancellationToken cancellationToken) =>
        throw new NotSupportedException("DeleteTagsAsync is not used by these tests.");

    public Task<DescribeTagsResponse> DescribeTagsAsync(DescribeTagsRequest request, CancellationToken cancellationToken) =>
        throw new NotSupportedException("DescribeTagsAsync is not used by these tests.");

    public Task TagResourceAsync(TagResourceRequest request, CancellationToken cancellationToken) =>
        throw new NotSupportedException("TagResourceAsync is not used by these tests.");

    public Task UntagResourceAsync(UntagResourceRequest request, CancellationToken cancellationToken) =>
        throw new NotSupportedException("UntagResourceAsync is not used by these tests.");

    public Task<ListTagsForResourceResponse> ListTagsForResourceAsync(ListTagsForResourceRequest request, CancellationToken cancellationToken) =>
        throw new NotSupportedException("ListTagsForResourceAsync is not used by these tests.");

    public Task<ReplicationConfigurationDescription> CreateReplicationConfigurationAsync(CreateReplicationConfigurationRequest request, CancellationToken cancellationToken) =>
        throw new NotSupportedException("CreateReplicationConfigurationAsync is not used by these tests.");

    public Task<DescribeReplicationConfigurationsResponse> DescribeReplicationConfigurationsAsync(DescribeReplicationConfigurationsRequest request, CancellationToken cancellationToken) =>
        throw new NotSupportedException("DescribeReplicationConfigurationsAsync is not used by these tests.");

    public Task DeleteReplicationConfigurationAsync(DeleteReplicationConfigurationRequest request, CancellationToken cancellationToken) =>
        throw new NotSupportedException("DeleteReplicationConfigurationAsync is not used by these tests.");

    public Task<FileSystemProtectionDescription> UpdateFileSystemProtectionAsync(UpdateFileSystemProtectionRequest request, CancellationToken cancellationToken) =>
        throw new NotSupportedException("UpdateFileSystemProtectionAsync is not used by these tests.");
}
