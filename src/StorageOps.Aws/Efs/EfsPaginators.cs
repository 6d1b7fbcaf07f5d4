using StorageOps.Aws.Protocol;

namespace StorageOps.Aws.Efs;

/// <summary>The paginators of botocore's <c>paginators-1.json</c> for EFS, plus ListTagsForResource (NextToken).</summary>
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

    /// <summary>DescribeMountTargets: input token Marker, output token NextMarker, limit key MaxItems, result key MountTargets.</summary>
    public static IAsyncEnumerable<MountTargetDescription> DescribeAllMountTargets(IEfsClient client, DescribeMountTargetsRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(request);
        return Paginator.Follow(
            request,
            client.DescribeMountTargetsAsync,
            response => response.MountTargets,
            response => response.NextMarker,
            (previous, marker) => previous with { Marker = marker },
            cancellationToken);
    }

    /// <summary>DescribeTags: input token Marker, output token NextMarker, limit key MaxItems, result key Tags.</summary>
    public static IAsyncEnumerable<Tag> DescribeAllTags(IEfsClient client, DescribeTagsRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(request);
        return Paginator.Follow(
            request,
            client.DescribeTagsAsync,
            response => response.Tags,
            response => response.NextMarker,
            (previous, marker) => previous with { Marker = marker },
            cancellationToken);
    }

    /// <summary>ListTagsForResource: NextToken in and out, limit key MaxResults, result key Tags.</summary>
    public static IAsyncEnumerable<Tag> ListAllTagsForResource(IEfsClient client, ListTagsForResourceRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(request);
        return Paginator.Follow(
            request,
            client.ListTagsForResourceAsync,
            response => response.Tags,
            response => response.NextToken,
            (previous, token) => previous with { NextToken = token },
            cancellationToken);
    }

    /// <summary>DescribeReplicationConfigurations: NextToken in and out, limit key MaxResults, result key Replications.</summary>
    public static IAsyncEnumerable<ReplicationConfigurationDescription> DescribeAllReplicationConfigurations(
        IEfsClient client,
        DescribeReplicationConfigurationsRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(request);
        return Paginator.Follow(
            request,
            client.DescribeReplicationConfigurationsAsync,
            response => response.Replications,
            response => response.NextToken,
            (previous, token) => previous with { NextToken = token },
            cancellationToken);
    }
}
