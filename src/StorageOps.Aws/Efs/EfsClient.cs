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
            if (existing.FileSystems.Count == 0)
            {
                throw;
            }

            throw new FileSystemAlreadyExistsException(exception.Message, exception.RequestId, exception.StatusCode, existing.FileSystems[0].FileSystemId)
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

    public void Dispose() => client.Dispose();
}
