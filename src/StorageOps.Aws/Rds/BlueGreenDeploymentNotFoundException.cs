using System.Net;

namespace StorageOps.Aws.Rds;

/// <summary>RDS <c>BlueGreenDeploymentNotFoundFault</c> (HTTP 404): BlueGreenDeploymentIdentifier doesn't refer to an existing blue/green deployment.</summary>
public sealed class BlueGreenDeploymentNotFoundException : RdsServiceException
{
    public BlueGreenDeploymentNotFoundException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "BlueGreenDeploymentNotFoundFault", requestId, statusCode)
    {
    }
}
