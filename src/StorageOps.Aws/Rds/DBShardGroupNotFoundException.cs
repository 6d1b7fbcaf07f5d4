using System.Net;

namespace StorageOps.Aws.Rds;

/// <summary>RDS <c>DBShardGroupNotFound</c> (HTTP 404): The specified DB shard group name wasn't found.</summary>
public sealed class DBShardGroupNotFoundException : RdsServiceException
{
    public DBShardGroupNotFoundException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "DBShardGroupNotFound", requestId, statusCode)
    {
    }
}
