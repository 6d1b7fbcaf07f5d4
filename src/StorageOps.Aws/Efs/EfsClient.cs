using StorageOps.Aws.Protocol;
using StorageOps.Aws.Protocol.RestJson;

namespace StorageOps.Aws.Efs;

/// <summary>
/// Amazon EFS over restJson1 on AWSSDK.Core: credentials (default chain unless given), SigV4, standard retries,
/// clock skew correction, typed errors. <c>new EfsClient(new AwsClientSettings { Region = "us-east-1" })</c>.
/// </summary>
public sealed class EfsClient : IEfsClient, IDisposable
{
    private readonly RestJsonClient client;

    public EfsClient(AwsClientSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        client = new RestJsonClient(EfsService.Description, EfsService.Errors, settings);
    }

    /// <inheritdoc />
    /// <remarks>
    /// EFS names the existing file system in the FileSystemAlreadyExists body. When a server leaves it out (moto does),
    /// the client looks the file system up by its creation token, so <see cref="FileSystemAlreadyExistsException.FileSystemId"/>
    /// is always set when the file system can be found.
    /// </remarks>
    public async Task<FileSystemDescription> CreateFileSystemAsync(CreateFileSystemRequest request, CancellationToken cancellationToken = default)
    {
        try
        {
            return await client.InvokeAsync(EfsOperations.CreateFileSystem, request, cancellationToken).ConfigureAwait(false);
        }
        catch (FileSystemAlreadyExistsException exception) when (exception.FileSystemId.Length == 0)
        {
            var existing = await client.InvokeAsync(
                EfsOperations.DescribeFileSystems,
                new DescribeFileSystemsRequest { CreationToken = request.CreationToken },
                cancellationToken).ConfigureAwait(false);
            if (existing.FileSystems is not [{ FileSystemId: { } existingId }, ..])
            {
                throw;
            }

            throw new FileSystemAlreadyExistsException(exception.Message, exception.RequestId, exception.StatusCode, existingId)
            {
                ErrorType = exception.ErrorType,
            };
        }
    }

    public Task<DescribeFileSystemsResponse> DescribeFileSystemsAsync(DescribeFileSystemsRequest request, CancellationToken cancellationToken = default) =>
        client.InvokeAsync(EfsOperations.DescribeFileSystems, request, cancellationToken);

    /// <summary>Every file system matching <paramref name="request"/>, following NextMarker page by page.</summary>
    public IAsyncEnumerable<FileSystemDescription> DescribeAllFileSystemsAsync(DescribeFileSystemsRequest request, CancellationToken cancellationToken = default) =>
        EfsPaginators.DescribeAllFileSystems(this, request, cancellationToken);

    public Task DeleteFileSystemAsync(DeleteFileSystemRequest request, CancellationToken cancellationToken = default) =>
        client.InvokeAsync(EfsOperations.DeleteFileSystem, request, cancellationToken);

    public Task<FileSystemDescription> UpdateFileSystemAsync(UpdateFileSystemRequest request, CancellationToken cancellationToken = default) =>
        client.InvokeAsync(EfsOperations.UpdateFileSystem, request, cancellationToken);

    public Task<MountTargetDescription> CreateMountTargetAsync(CreateMountTargetRequest request, CancellationToken cancellationToken = default) =>
        client.InvokeAsync(EfsOperations.CreateMountTarget, request, cancellationToken);

    public Task<DescribeMountTargetsResponse> DescribeMountTargetsAsync(DescribeMountTargetsRequest request, CancellationToken cancellationToken = default) =>
        client.InvokeAsync(EfsOperations.DescribeMountTargets, request, cancellationToken);

    public IAsyncEnumerable<MountTargetDescription> DescribeAllMountTargetsAsync(DescribeMountTargetsRequest request, CancellationToken cancellationToken = default) =>
        EfsPaginators.DescribeAllMountTargets(this, request, cancellationToken);

    public Task DeleteMountTargetAsync(DeleteMountTargetRequest request, CancellationToken cancellationToken = default) =>
        client.InvokeAsync(EfsOperations.DeleteMountTarget, request, cancellationToken);

    public Task<DescribeMountTargetSecurityGroupsResponse> DescribeMountTargetSecurityGroupsAsync(
        DescribeMountTargetSecurityGroupsRequest request,
        CancellationToken cancellationToken = default) =>
        client.InvokeAsync(EfsOperations.DescribeMountTargetSecurityGroups, request, cancellationToken);

    public Task ModifyMountTargetSecurityGroupsAsync(ModifyMountTargetSecurityGroupsRequest request, CancellationToken cancellationToken = default) =>
        client.InvokeAsync(EfsOperations.ModifyMountTargetSecurityGroups, request, cancellationToken);

    public Task CreateTagsAsync(CreateTagsRequest request, CancellationToken cancellationToken = default) =>
        client.InvokeAsync(EfsOperations.CreateTags, request, cancellationToken);

    public Task DeleteTagsAsync(DeleteTagsRequest request, CancellationToken cancellationToken = default) =>
        client.InvokeAsync(EfsOperations.DeleteTags, request, cancellationToken);

    public Task<DescribeTagsResponse> DescribeTagsAsync(DescribeTagsRequest request, CancellationToken cancellationToken = default) =>
        client.InvokeAsync(EfsOperations.DescribeTags, request, cancellationToken);

    public IAsyncEnumerable<Tag> DescribeAllTagsAsync(DescribeTagsRequest request, CancellationToken cancellationToken = default) =>
        EfsPaginators.DescribeAllTags(this, request, cancellationToken);

    public Task TagResourceAsync(TagResourceRequest request, CancellationToken cancellationToken = default) =>
        client.InvokeAsync(EfsOperations.TagResource, request, cancellationToken);

    public Task UntagResourceAsync(UntagResourceRequest request, CancellationToken cancellationToken = default) =>
        client.InvokeAsync(EfsOperations.UntagResource, request, cancellationToken);

    public Task<ListTagsForResourceResponse> ListTagsForResourceAsync(ListTagsForResourceRequest request, CancellationToken cancellationToken = default) =>
        client.InvokeAsync(EfsOperations.ListTagsForResource, request, cancellationToken);

    public IAsyncEnumerable<Tag> ListAllTagsForResourceAsync(ListTagsForResourceRequest request, CancellationToken cancellationToken = default) =>
        EfsPaginators.ListAllTagsForResource(this, request, cancellationToken);

    public Task<ReplicationConfigurationDescription> CreateReplicationConfigurationAsync(
        CreateReplicationConfigurationRequest request,
        CancellationToken cancellationToken = default) =>
        client.InvokeAsync(EfsOperations.CreateReplicationConfiguration, request, cancellationToken);

    public Task<DescribeReplicationConfigurationsResponse> DescribeReplicationConfigurationsAsync(
        DescribeReplicationConfigurationsRequest request,
        CancellationToken cancellationToken = default) =>
        client.InvokeAsync(EfsOperations.DescribeReplicationConfigurations, request, cancellationToken);

    public IAsyncEnumerable<ReplicationConfigurationDescription> DescribeAllReplicationConfigurationsAsync(
        DescribeReplicationConfigurationsRequest request,
        CancellationToken cancellationToken = default) =>
        EfsPaginators.DescribeAllReplicationConfigurations(this, request, cancellationToken);

    public Task DeleteReplicationConfigurationAsync(DeleteReplicationConfigurationRequest request, CancellationToken cancellationToken = default) =>
        client.InvokeAsync(EfsOperations.DeleteReplicationConfiguration, request, cancellationToken);

    public Task<FileSystemProtectionDescription> UpdateFileSystemProtectionAsync(UpdateFileSystemProtectionRequest request, CancellationToken cancellationToken = default) =>
        client.InvokeAsync(EfsOperations.UpdateFileSystemProtection, request, cancellationToken);

    public void Dispose() => client.Dispose();
}
