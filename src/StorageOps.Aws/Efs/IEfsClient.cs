namespace StorageOps.Aws.Efs;

/// <summary>Amazon EFS operations, as the workflows call them. Implemented on the wire by <see cref="EfsClient"/>.</summary>
public interface IEfsClient
{
    /// <exception cref="FileSystemAlreadyExistsException">The creation token is taken; carries the existing file system id.</exception>
    Task<FileSystemDescription> CreateFileSystemAsync(CreateFileSystemRequest request, CancellationToken cancellationToken = default);

    /// <exception cref="FileSystemNotFoundException">A file system id was given and no such file system exists.</exception>
    Task<DescribeFileSystemsResponse> DescribeFileSystemsAsync(DescribeFileSystemsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Every file system matching <paramref name="request"/>, following NextMarker until the last page.</summary>
    /// <remarks>Implemented once over <see cref="DescribeFileSystemsAsync"/>, so test doubles get it for free.</remarks>
    IAsyncEnumerable<FileSystemDescription> DescribeAllFileSystemsAsync(DescribeFileSystemsRequest request, CancellationToken cancellationToken = default) =>
        EfsPaginators.DescribeAllFileSystems(this, request, cancellationToken);
}
