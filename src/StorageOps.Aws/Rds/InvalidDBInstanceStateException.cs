using System.Net;

namespace StorageOps.Aws.Rds;

/// <summary>RDS <c>InvalidDBInstanceState</c> (HTTP 400): The DB instance isn't in a valid state.</summary>
public sealed class InvalidDBInstanceStateException : RdsServiceException
{
    public InvalidDBInstanceStateException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "InvalidDBInstanceState", requestId, statusCode)
    {
    }
}
