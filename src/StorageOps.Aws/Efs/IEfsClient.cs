namespace StorageOps.Aws.Efs;

/// <summary>
/// Amazon EFS operations, as the workflows call them. Implemented on the wire by <see cref="EfsClient"/>.
/// </summary>
/// <remarks>The paginators are implemented once, over their page operations, for every implementation.</remarks>
public interface IEfsClient
{
    /// <exception cref="FileSystemAlreadyExistsException">The creation token is taken; carries the existing file system id.</exception>
    Task<FileSystemDescription> CreateFileSystemAsync(CreateFileSystemRequest request, CancellationToken cancellationToken = default);

    /// <exception cref="FileSystemNotFoundException">A file system id was given and no such file system exists.</exception>
    Task<DescribeFileSystemsResponse> DescribeFileSystemsAsync(DescribeFileSystemsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Every file system matching <paramref name="request"/>, following NextMarker until the last page.</summary>
    IAsyncEnumerable<FileSystemDescription> DescribeAllFileSystemsAsync(DescribeFileSystemsRequest request, CancellationToken cancellationToken = default) =>
        EfsPaginators.DescribeAllFileSystems(this, request, cancellationToken);

    /// <exception cref="FileSystemInUseException">The file system still has mount targets.</exception>
    Task DeleteFileSystemAsync(DeleteFileSystemRequest request, CancellationToken cancellationToken = default);

    Task<FileSystemDescription> UpdateFileSystemAsync(UpdateFileSystemRequest request, CancellationToken cancellationToken = default);

    /// <exception cref="MountTargetConflictException">The file system already has a mount target in that Availability Zone or another VPC.</exception>
    Task<MountTargetDescription> CreateMountTargetAsync(CreateMountTargetRequest request, CancellationToken cancellationToken = default);

    Task<DescribeMountTargetsResponse> DescribeMountTargetsAsync(DescribeMountTargetsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Every mount target matching <paramref name="request"/>, following NextMarker until the last page.</summary>
    IAsyncEnumerable<MountTargetDescription> DescribeAllMountTargetsAsync(DescribeMountTargetsRequest request, CancellationToken cancellationToken = default) =>
        EfsPaginators.DescribeAllMountTargets(this, request, cancellationToken);

    Task DeleteMountTargetAsync(DeleteMountTargetRequest request, CancellationToken cancellationToken = default);

    Task<DescribeMountTargetSecurityGroupsResponse> DescribeMountTargetSecurityGroupsAsync(DescribeMountTargetSecurityGroupsRequest request, CancellationToken cancellationToken = default);

    Task ModifyMountTargetSecurityGroupsAsync(ModifyMountTargetSecurityGroupsRequest request, CancellationToken cancellationToken = default);

    Task CreateTagsAsync(CreateTagsRequest request, CancellationToken cancellationToken = default);

    Task DeleteTagsAsync(DeleteTagsRequest request, CancellationToken cancellationToken = default);

    Task<DescribeTagsResponse> DescribeTagsAsync(DescribeTagsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Every tag of the file system, following NextMarker until the last page.</summary>
    IAsyncEnumerable<Tag> DescribeAllTagsAsync(DescribeTagsRequest request, CancellationToken cancellationToken = default) =>
        EfsPaginators.DescribeAllTags(this, request, cancellationToken);

    Task TagResourceAsync(TagResourceRequest request, CancellationToken cancellationToken = default);

    Task UntagResourceAsync(UntagResourceRequest request, CancellationToken cancellationToken = default);

    Task<ListTagsForResourceResponse> ListTagsForResourceAsync(ListTagsForResourceRequest request, CancellationToken cancellationToken = default);

    /// <summary>Every tag of the resource, following NextToken until the last page.</summary>
    IAsyncEnumerable<Tag> ListAllTagsForResourceAsync(ListTagsForResourceRequest request, CancellationToken cancellationToken = default) =>
        EfsPaginators.ListAllTagsForResource(this, request, cancellationToken);

    /// <exception cref="ReplicationAlreadyExistsException">The source file system is already part of a replication configuration.</exception>
    Task<ReplicationConfigurationDescription> CreateReplicationConfigurationAsync(CreateReplicationConfigurationRequest request, CancellationToken cancellationToken = default);

    /// <exception cref="ReplicationNotFoundException">The file system has no replication configuration.</exception>
    Task<DescribeReplicationConfigurationsResponse> DescribeReplicationConfigurationsAsync(DescribeReplicationConfigurationsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Every replication configuration matching <paramref name="request"/>, following NextToken until the last page.</summary>
    IAsyncEnumerable<ReplicationConfigurationDescription> DescribeAllReplicationConfigurationsAsync(DescribeReplicationConfigurationsRequest request, CancellationToken cancellationToken = default) =>
        EfsPaginators.DescribeAllReplicationConfigurations(this, request, cancellationToken);

    Task DeleteReplicationConfigurationAsync(DeleteReplicationConfigurationRequest request, CancellationToken cancellationToken = default);

    Task<FileSystemProtectionDescription> UpdateFileSystemProtectionAsync(UpdateFileSystemProtectionRequest request, CancellationToken cancellationToken = default);
}
