using System.Net;

namespace StorageOps.Aws.Efs;

/// <summary>EFS <c>SecurityGroupLimitExceeded</c> (HTTP 400): Returned if the number of SecurityGroups specified in the request is greater than the limit, which is based on account quota.</summary>
public sealed class SecurityGroupLimitExceededException : EfsServiceException
{
    public SecurityGroupLimitExceededException(string message, string? requestId, HttpStatusCode statusCode)
        : base(message, "SecurityGroupLimitExceeded", requestId, statusCode)
    {
    }
}
