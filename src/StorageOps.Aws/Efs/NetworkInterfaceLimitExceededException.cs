using System.Net;

namespace StorageOps.Aws.Efs;

/// <summary>EFS <c>NetworkInterfaceLimitExceeded</c> (HTTP 409): The calling account has reached the limit for elastic network interfaces for the specific Amazon Web Services Region.</summary>
public sealed class NetworkInterfaceLimitExceededException : EfsServiceException
{
    public NetworkInterfaceLimitExceededException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "NetworkInterfaceLimitExceeded", requestId, statusCode)
    {
    }
}
