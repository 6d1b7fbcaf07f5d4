using StorageOps.Aws.Protocol.RestJson;

namespace StorageOps.Aws.DocDbElastic;

/// <summary>
/// DocumentDB Elastic operations, declared from the 2022-11-28 service model. ARN members bound to path labels are
/// percent-encoded into one segment (<c>:</c> → <c>%3A</c>, <c>/</c> → <c>%2F</c>) by AWSSDK.Core, as the official SDKs do.
/// </summary>
internal static class DocDbElasticOperations
{
    public static RestJsonOperation<CopyClusterSnapshotRequest, CopyClusterSnapshotResponse> CopyClusterSnapshot { get; } =
        RestJsonOperation<CopyClusterSnapshotRequest, CopyClusterSnapshotResponse>
            .Define("CopyClusterSnapshot", "POST", "/cluster-snapshot/{snapshotArn}/copy")
            .Path("snapshotArn", r => r.SnapshotArn)
            .Body("copyTags", r => r.CopyTags)
            .Body("kmsKeyId", r => r.KmsKeyId)
            .Body("tags", r => r.Tags, DocDbElasticShapes.WriteTags)
            .Body("targetSnapshotName", r => r.TargetSnapshotName)
            .Validate(DocDbElasticValidation.CopyClusterSnapshot)
            .Output(DocDbElasticShapes.ReadCopyClusterSnapshotResponse)
            .Errors(
                "ThrottlingException",
                "ValidationException",
                "ServiceQuotaExceededException",
                "ConflictException",
                "InternalServerException",
                "ResourceNotFoundException",
                "AccessDeniedException");

    public static RestJsonOperation<GetClusterSnapshotRequest, GetClusterSnapshotResponse> GetClusterSnapshot { get; } =
        RestJsonOperation<GetClusterSnapshotRequest, GetClusterSnapshotResponse>
            .Define("GetClusterSnapshot", "GET", "/cluster-snapshot/{snapshotArn}")
            .Path("snapshotArn", r => r.SnapshotArn)
            .Validate(DocDbElasticValidation.GetClusterSnapshot)
            .Output(DocDbElasticShapes.ReadGetClusterSnapshotResponse)
            .Errors("ThrottlingException", "ValidationException", "InternalServerException", "ResourceNotFoundException", "AccessDeniedException");

    public static RestJsonOperation<ListClusterSnapshotsRequest, ListClusterSnapshotsResponse> ListClusterSnapshots { get; } =
        RestJsonOperation<ListClusterSnapshotsRequest, ListClusterSnapshotsResponse>
            .Define("ListClusterSnapshots", "GET", "/cluster-snapshots")
            .Query("clusterArn", r => r.ClusterArn)
            .Query("maxResults", r => r.MaxResults)
            .Query("nextToken", r => r.NextToken)
            .Query("snapshotType", r => r.SnapshotType)
            .Validate(DocDbElasticValidation.ListClusterSnapshots)
            .Output(DocDbElasticShapes.ReadListClusterSnapshotsResponse)
            .Errors("ThrottlingException", "ValidationException", "InternalServerException", "AccessDeniedException");

    public static RestJsonOperation<DeleteClusterSnapshotRequest, DeleteClusterSnapshotResponse> DeleteClusterSnapshot { get; } =
        RestJsonOperation<DeleteClusterSnapshotRequest, DeleteClusterSnapshotResponse>
            .Define("DeleteClusterSnapshot", "DELETE", "/cluster-snapshot/{snapshotArn}")
            .Path("snapshotArn", r => r.SnapshotArn)
            .Validate(DocDbElasticValidation.DeleteClusterSnapshot)
            .Output(DocDbElasticShapes.ReadDeleteClusterSnapshotResponse)
            .Errors(
                "ThrottlingException",
                "ValidationException",
                "ConflictException",
                "InternalServerException",
                "ResourceNotFoundException",
                "AccessDeniedException");

    public static RestJsonOperation<ListClustersRequest, ListClustersResponse> ListClusters { get; } =
        RestJsonOperation<ListClustersRequest, ListClustersResponse>
            .Define("ListClusters", "GET", "/clusters")
            .Query("maxResults", r => r.MaxResults)
            .Query("nextToken", r => r.NextToken)
            .Validate(DocDbElasticValidation.ListClusters)
            .Output(DocDbElasticShapes.ReadListClustersResponse)
            .Errors("ThrottlingException", "ValidationException", "InternalServerException", "AccessDeniedException");

    public static RestJsonOperation<GetClusterRequest, GetClusterResponse> GetCluster { get; } =
        RestJsonOperation<GetClusterRequest, GetClusterResponse>
            .Define("GetCluster", "GET", "/cluster/{clusterArn}")
            .Path("clusterArn", r => r.ClusterArn)
            .Validate(DocDbElasticValidation.GetCluster)
            .Output(DocDbElasticShapes.ReadGetClusterResponse)
            .Errors("ThrottlingException", "ValidationException", "InternalServerException", "ResourceNotFoundException", "AccessDeniedException");

    public static RestJsonOperation<ListTagsForResourceRequest, ListTagsForResourceResponse> ListTagsForResource { get; } =
        RestJsonOperation<ListTagsForResourceRequest, ListTagsForResourceResponse>
            .Define("ListTagsForResource", "GET", "/tags/{resourceArn}")
            .Path("resourceArn", r => r.ResourceArn)
            .Validate(DocDbElasticValidation.ListTagsForResource)
            .Output(DocDbElasticShapes.ReadListTagsForResourceResponse)
            .Errors("ThrottlingException", "ValidationException", "InternalServerException", "ResourceNotFoundException");

    public static RestJsonOperation<TagResourceRequest, NoOutput> TagResource { get; } =
        RestJsonOperation<TagResourceRequest, NoOutput>
            .Define("TagResource", "POST", "/tags/{resourceArn}")
            .Path("resourceArn", r => r.ResourceArn)
            .Body("tags", r => r.Tags, DocDbElasticShapes.WriteTags)
            .Validate(DocDbElasticValidation.TagResource)
            .Output(NoOutput.Read)
            .Errors("ThrottlingException", "ValidationException", "InternalServerException", "ResourceNotFoundException");

    public static RestJsonOperation<UntagResourceRequest, NoOutput> UntagResource { get; } =
        RestJsonOperation<UntagResourceRequest, NoOutput>
            .Define("UntagResource", "DELETE", "/tags/{resourceArn}")
            .Path("resourceArn", r => r.ResourceArn)
            .Query("tagKeys", r => r.TagKeys)
            .Validate(DocDbElasticValidation.UntagResource)
            .Output(NoOutput.Read)
            .Errors("ThrottlingException", "ValidationException", "InternalServerException", "ResourceNotFoundException");

    /// <summary>Every operation, by API name.</summary>
    public static IReadOnlyDictionary<string, IRestJsonOperation> All { get; } = new Dictionary<string, IRestJsonOperation>
    {
        [CopyClusterSnapshot.Name] = CopyClusterSnapshot,
        [GetClusterSnapshot.Name] = GetClusterSnapshot,
        [ListClusterSnapshots.Name] = ListClusterSnapshots,
        [DeleteClusterSnapshot.Name] = DeleteClusterSnapshot,
        [ListClusters.Name] = ListClusters,
        [GetCluster.Name] = GetCluster,
        [ListTagsForResource.Name] = ListTagsForResource,
        [TagResource.Name] = TagResource,
        [UntagResource.Name] = UntagResource,
    };
}
