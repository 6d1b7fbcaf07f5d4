using StorageOps.Aws.Efs;
using StorageOps.Functions.Composition;

namespace StorageOps.Functions.Tests.Replication;

/// <summary>
/// EFS that lists replication configurations a few to a page (NextToken = the next item's index), for the health check.
/// Every DescribeReplicationConfigurations request is recorded; every other operation is refused.
/// </summary>
internal sealed class ReplicationListingEfs
{
    public const string HomeRegion = "eu-west-1";

    private readonly List<ReplicationConfigurationDescription> replications = [];

    public ReplicationListingEfs(int pageSize = 100)
    {
        PageSize = pageSize;
    }

    public int PageSize { get; }

    public List<DescribeReplicationConfigurationsRequest> Requests { get; } = [];

    /// <summary>Thrown by every DescribeReplicationConfigurations call when set.</summary>
    public Exception? Failure { get; set; }

    public RegionalClients<IEfsClient> Clients() => new(HomeRegion, region => new Client(this, region));

    public void Add(string sourceId, DateTimeOffset created, params ReplicationDestination[] destinations) =>
        replications.Add(new ReplicationConfigurationDescription
        {
            SourceFileSystemId = sourceId,
            SourceFileSystemRegion = HomeRegion,
            SourceFileSystemArn = $"arn:aws:elasticfilesystem:{HomeRegion}:123456789012:file-system/{sourceId}",
            CreationTime = created,
            Destinations = destinations,
        });

    public static ReplicationDestination Destination(string fileSystemId, string status, DateTimeOffset? lastReplicated, string? statusMessage = null, string region = "us-west-2") =>
        new() { FileSystemId = fileSystemId, Region = region, Status = status, LastReplicatedTimestamp = lastReplicated, StatusMessage = statusMessage };

    private sealed class Client(ReplicationListingEfs efs, string region) : IEfsClient
    {
        public Task<DescribeReplicationConfigurationsResponse> DescribeReplicationConfigurationsAsync(DescribeReplicationConfigurationsRequest request, CancellationToken cancellationToken = default)
        {
            Assert.Equal(HomeRegion, region);
            efs.Requests.Add(request);
            if (efs.Failure is { } failure)
            {
                throw failure;
            }

            Assert.Null(request.FileSystemId);
            var start = request.NextToken is { } token ? int.Parse(token, System.Globalization.CultureInfo.InvariantCulture) : 0;
            var page = efs.replications.Skip(start).Take(efs.PageSize).ToList();
            var next = start + page.Count < efs.replications.Count ? (start + page.Count).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
            return Task.FromResult(new DescribeReplicationConfigurationsResponse(page, next));
        }

        public Task<FileSystemDescription> CreateFileSystemAsync(CreateFileSystemRequest request, CancellationToken cancellationToken = default) => Unused<FileSystemDescription>();

        public Task<DescribeFileSystemsResponse> DescribeFileSystemsAsync(DescribeFileSystemsRequest request, CancellationToken cancellationToken = default) => Unused<DescribeFileSystemsResponse>();

        public Task DeleteFileSystemAsync(DeleteFileSystemRequest request, CancellationToken cancellationToken = default) => Unused<object>();

        public Task<FileSystemDescription> UpdateFileSystemAsync(UpdateFileSystemRequest request, CancellationToken cancellationToken = default) => Unused<FileSystemDescription>();

        public Task<MountTargetDescription> CreateMountTargetAsync(CreateMountTargetRequest request, CancellationToken cancellationToken = default) => Unused<MountTargetDescription>();

        public Task<DescribeMountTargetsResponse> DescribeMountTargetsAsync(DescribeMountTargetsRequest request, CancellationToken cancellationToken = default) => Unused<DescribeMountTargetsResponse>();

        public Task DeleteMountTargetAsync(DeleteMountTargetRequest request, CancellationToken cancellationToken = default) => Unused<object>();

        public Task<DescribeMountTargetSecurityGroupsResponse> DescribeMountTargetSecurityGroupsAsync(DescribeMountTargetSecurityGroupsRequest request, CancellationToken cancellationToken = default) =>
            Unused<DescribeMountTargetSecurityGroupsResponse>();

        public Task ModifyMountTargetSecurityGroupsAsync(ModifyMountTargetSecurityGroupsRequest request, CancellationToken cancellationToken = default) => Unused<object>();

        public Task CreateTagsAsync(CreateTagsRequest request, CancellationToken cancellationToken = default) => Unused<object>();

        public Task DeleteTagsAsync(DeleteTagsRequest request, CancellationToken cancellationToken = default) => Unused<object>();

        public Task<DescribeTagsResponse> DescribeTagsAsync(DescribeTagsRequest request, CancellationToken cancellationToken = default) => Unused<DescribeTagsResponse>();

        public Task TagResourceAsync(TagResourceRequest request, CancellationToken cancellationToken = default) => Unused<object>();

        public Task UntagResourceAsync(UntagResourceRequest request, CancellationToken cancellationToken = default) => Unused<object>();

        public Task<ListTagsForResourceResponse> ListTagsForResourceAsync(ListTagsForResourceRequest request, CancellationToken cancellationToken = default) => Unused<ListTagsForResourceResponse>();

        public Task<ReplicationConfigurationDescription> CreateReplicationConfigurationAsync(CreateReplicationConfigurationRequest request, CancellationToken cancellationToken = default) =>
            Unused<ReplicationConfigurationDescription>();

        public Task DeleteReplicationConfigurationAsync(DeleteReplicationConfigurationRequest request, CancellationToken cancellationToken = default) => Unused<object>();

        public Task<FileSystemProtectionDescription> UpdateFileSystemProtectionAsync(UpdateFileSystemProtectionRequest request, CancellationToken cancellationToken = default) =>
            Unused<FileSystemProtectionDescription>();

        private static Task<T> Unused<T>() => throw new NotSupportedException("The replication health check only describes replication configurations.");
    }
}
