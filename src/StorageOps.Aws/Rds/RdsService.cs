using StorageOps.Aws.Protocol;

namespace StorageOps.Aws.Rds;

/// <summary>Amazon RDS as the protocol layer sees it: service metadata and every error code the supported operations list (2014-10-31 model).</summary>
internal static class RdsService
{
    public static AwsServiceDescription Description { get; } = new(
        ServiceId: "RDS",
        SigningName: "rds",
        EndpointPrefix: "rds",
        ApiVersion: "2014-10-31");

    public static ServiceErrorCatalog Errors { get; } = new ServiceErrorCatalog(e => new RdsServiceException(e.Message, e.Code, e.RequestId, e.StatusCode))
        .Add("BlueGreenDeploymentNotFoundFault", e => new BlueGreenDeploymentNotFoundException(e.Message, e.RequestId, e.StatusCode))
        .Add("DBClusterNotFoundFault", e => new DBClusterNotFoundException(e.Message, e.RequestId, e.StatusCode))
        .Add("DBClusterSnapshotAlreadyExistsFault", e => new DBClusterSnapshotAlreadyExistsException(e.Message, e.RequestId, e.StatusCode))
        .Add("DBClusterSnapshotNotFoundFault", e => new DBClusterSnapshotNotFoundException(e.Message, e.RequestId, e.StatusCode))
        .Add("DBInstanceNotFound", e => new DBInstanceNotFoundException(e.Message, e.RequestId, e.StatusCode))
        .Add("DBProxyEndpointNotFoundFault", e => new DBProxyEndpointNotFoundException(e.Message, e.RequestId, e.StatusCode))
        .Add("DBProxyNotFoundFault", e => new DBProxyNotFoundException(e.Message, e.RequestId, e.StatusCode))
        .Add("DBProxyTargetGroupNotFoundFault", e => new DBProxyTargetGroupNotFoundException(e.Message, e.RequestId, e.StatusCode))
        .Add("DBShardGroupNotFound", e => new DBShardGroupNotFoundException(e.Message, e.RequestId, e.StatusCode))
        .Add("DBSnapshotNotFound", e => new DBSnapshotNotFoundException(e.Message, e.RequestId, e.StatusCode))
        .Add("DBSnapshotTenantDatabaseNotFoundFault", e => new DBSnapshotTenantDatabaseNotFoundException(e.Message, e.RequestId, e.StatusCode))
        .Add("IntegrationNotFoundFault", e => new IntegrationNotFoundException(e.Message, e.RequestId, e.StatusCode))
        .Add("InvalidDBClusterEndpointStateFault", e => new InvalidDBClusterEndpointStateException(e.Message, e.RequestId, e.StatusCode))
        .Add("InvalidDBClusterSnapshotStateFault", e => new InvalidDBClusterSnapshotStateException(e.Message, e.RequestId, e.StatusCode))
        .Add("InvalidDBClusterStateFault", e => new InvalidDBClusterStateException(e.Message, e.RequestId, e.StatusCode))
        .Add("InvalidDBInstanceState", e => new InvalidDBInstanceStateException(e.Message, e.RequestId, e.StatusCode))
        .Add("KMSKeyNotAccessibleFault", e => new KMSKeyNotAccessibleException(e.Message, e.RequestId, e.StatusCode))
        .Add("SnapshotQuotaExceeded", e => new SnapshotQuotaExceededException(e.Message, e.RequestId, e.StatusCode))
        .Add("TenantDatabaseNotFound", e => new TenantDatabaseNotFoundException(e.Message, e.RequestId, e.StatusCode));
}
