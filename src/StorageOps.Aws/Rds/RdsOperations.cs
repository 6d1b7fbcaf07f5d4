using StorageOps.Aws.Protocol.AwsQuery;
using StorageOps.Aws.Protocol.RestJson;

namespace StorageOps.Aws.Rds;

/// <summary>
/// RDS operations, declared from the 2014-10-31 service model (input members in model order, result wrapper, <c>errors</c>
/// by their wire codes). Adding an operation is one definition here plus its wire test.
/// </summary>
internal static class RdsOperations
{
    public static AwsQueryOperation<CreateDBClusterSnapshotRequest, DBClusterSnapshot?> CreateDBClusterSnapshot { get; } =
        AwsQueryOperation<CreateDBClusterSnapshotRequest, DBClusterSnapshot?>
            .Define("CreateDBClusterSnapshot")
            .Member("DBClusterSnapshotIdentifier", r => r.DBClusterSnapshotIdentifier)
            .Member("DBClusterIdentifier", r => r.DBClusterIdentifier)
            .Member("Tags", r => r.Tags, RdsShapes.TagList)
            .Validate(RdsValidation.CreateDBClusterSnapshot)
            .Output(RdsShapes.ReadSnapshotResult)
            .Errors(
                "InvalidDBClusterSnapshotStateFault",
                "InvalidDBClusterStateFault",
                "SnapshotQuotaExceeded",
                "DBClusterSnapshotAlreadyExistsFault",
                "DBClusterNotFoundFault");

    public static AwsQueryOperation<DescribeDBClusterSnapshotsRequest, DescribeDBClusterSnapshotsResponse> DescribeDBClusterSnapshots { get; } =
        AwsQueryOperation<DescribeDBClusterSnapshotsRequest, DescribeDBClusterSnapshotsResponse>
            .Define("DescribeDBClusterSnapshots")
            .Member("DBClusterIdentifier", r => r.DBClusterIdentifier)
            .Member("DBClusterSnapshotIdentifier", r => r.DBClusterSnapshotIdentifier)
            .Member("SnapshotType", r => r.SnapshotType)
            .Member("Filters", r => r.Filters, RdsShapes.FilterList)
            .Member("MaxRecords", r => r.MaxRecords)
            .Member("Marker", r => r.Marker)
            .Member("IncludeShared", r => r.IncludeShared)
            .Member("IncludePublic", r => r.IncludePublic)
            .Member("DbClusterResourceId", r => r.DbClusterResourceId)
            .Validate(RdsValidation.DescribeDBClusterSnapshots)
            .Output(RdsShapes.ReadDescribeDBClusterSnapshotsResponse)
            .Errors("DBClusterSnapshotNotFoundFault");

    public static AwsQueryOperation<DeleteDBClusterSnapshotRequest, DBClusterSnapshot?> DeleteDBClusterSnapshot { get; } =
        AwsQueryOperation<DeleteDBClusterSnapshotRequest, DBClusterSnapshot?>
            .Define("DeleteDBClusterSnapshot")
            .Member("DBClusterSnapshotIdentifier", r => r.DBClusterSnapshotIdentifier)
            .Validate(RdsValidation.DeleteDBClusterSnapshot)
            .Output(RdsShapes.ReadSnapshotResult)
            .Errors("DBClusterSnapshotNotFoundFault", "InvalidDBClusterSnapshotStateFault");

    public static AwsQueryOperation<CopyDBClusterSnapshotRequest, DBClusterSnapshot?> CopyDBClusterSnapshot { get; } =
        AwsQueryOperation<CopyDBClusterSnapshotRequest, DBClusterSnapshot?>
            .Define("CopyDBClusterSnapshot")
            .Member("SourceDBClusterSnapshotIdentifier", r => r.SourceDBClusterSnapshotIdentifier)
            .Member("TargetDBClusterSnapshotIdentifier", r => r.TargetDBClusterSnapshotIdentifier)
            .Member("KmsKeyId", r => r.KmsKeyId)
            .Member("PreSignedUrl", r => r.PreSignedUrl)
            .Member("CopyTags", r => r.CopyTags)
            .Member("Tags", r => r.Tags, RdsShapes.TagList)
            .Validate(RdsValidation.CopyDBClusterSnapshot)
            .Output(RdsShapes.ReadSnapshotResult)
            .Errors(
                "DBClusterSnapshotNotFoundFault",
                "InvalidDBClusterSnapshotStateFault",
                "InvalidDBClusterStateFault",
                "SnapshotQuotaExceeded",
                "DBClusterSnapshotAlreadyExistsFault",
                "KMSKeyNotAccessibleFault");

    public static AwsQueryOperation<DescribeDBClustersRequest, DescribeDBClustersResponse> DescribeDBClusters { get; } =
        AwsQueryOperation<DescribeDBClustersRequest, DescribeDBClustersResponse>
            .Define("DescribeDBClusters")
            .Member("DBClusterIdentifier", r => r.DBClusterIdentifier)
            .Member("Filters", r => r.Filters, RdsShapes.FilterList)
            .Member("MaxRecords", r => r.MaxRecords)
            .Member("Marker", r => r.Marker)
            .Member("IncludeShared", r => r.IncludeShared)
            .Validate(RdsValidation.DescribeDBClusters)
            .Output(RdsShapes.ReadDescribeDBClustersResponse)
            .Errors("DBClusterNotFoundFault");

    public static AwsQueryOperation<ListTagsForResourceRequest, ListTagsForResourceResponse> ListTagsForResource { get; } =
        AwsQueryOperation<ListTagsForResourceRequest, ListTagsForResourceResponse>
            .Define("ListTagsForResource")
            .Member("ResourceName", r => r.ResourceName)
            .Member("Filters", r => r.Filters, RdsShapes.FilterList)
            .Validate(RdsValidation.ListTagsForResource)
            .Output(RdsShapes.ReadListTagsForResourceResponse)
            .Errors(
                "DBProxyNotFoundFault",
                "DBSnapshotTenantDatabaseNotFoundFault",
                "IntegrationNotFoundFault",
                "TenantDatabaseNotFound",
                "BlueGreenDeploymentNotFoundFault",
                "DBSnapshotNotFound",
                "DBProxyEndpointNotFoundFault",
                "DBShardGroupNotFound",
                "DBClusterNotFoundFault",
                "DBInstanceNotFound",
                "DBProxyTargetGroupNotFoundFault");

    public static AwsQueryOperation<AddTagsToResourceRequest, AddTagsToResourceResponse> AddTagsToResource { get; } =
        AwsQueryOperation<AddTagsToResourceRequest, AddTagsToResourceResponse>
            .Define("AddTagsToResource")
            .Member("ResourceName", r => r.ResourceName)
            .Member("Tags", r => r.Tags, RdsShapes.TagList)
            .Validate(RdsValidation.AddTagsToResource)
            .Output(_ => AddTagsToResourceResponse.Instance)
            .Errors(
                "DBProxyNotFoundFault",
                "DBSnapshotTenantDatabaseNotFoundFault",
                "IntegrationNotFoundFault",
                "TenantDatabaseNotFound",
                "BlueGreenDeploymentNotFoundFault",
                "DBSnapshotNotFound",
                "DBProxyEndpointNotFoundFault",
                "InvalidDBClusterEndpointStateFault",
                "InvalidDBInstanceState",
                "DBShardGroupNotFound",
                "DBClusterNotFoundFault",
                "DBInstanceNotFound",
                "DBProxyTargetGroupNotFoundFault",
                "InvalidDBClusterStateFault");

    public static AwsQueryOperation<RemoveTagsFromResourceRequest, NoOutput> RemoveTagsFromResource { get; } =
        AwsQueryOperation<RemoveTagsFromResourceRequest, NoOutput>
            .Define("RemoveTagsFromResource")
            .Member("ResourceName", r => r.ResourceName)
            .Member("TagKeys", r => r.TagKeys, RdsShapes.KeyList)
            .Validate(RdsValidation.RemoveTagsFromResource)
            .Output(_ => NoOutput.Instance)
            .Errors(AddTagsToResource.ErrorCodes.ToArray());
}
