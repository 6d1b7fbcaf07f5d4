using StorageOps.Aws.Protocol;

namespace StorageOps.Aws.Efs;

/// <summary>The paginators of botocore's <c>paginators-1.json</c> for EFS.</summary>
internal static class EfsPaginators
{
    /// <summary>DescribeFileSystems: input token Marker, output token NextMarker, limit key MaxItems, result key FileSystems.</summary>
    public static IAsyncEnumerable<FileSystemDescription> DescribeAllFileSystems(IEfsClient client, DescribeFileSystemsRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(request);
        return Paginator.Follow(
            request,
            client.DescribeFileSystemsAsync,
            response => response.FileSystems,
            response => response.NextMarker,
            (previous, marker) => previous with { Marker = marker },
            cancellationToken);
    }
}
