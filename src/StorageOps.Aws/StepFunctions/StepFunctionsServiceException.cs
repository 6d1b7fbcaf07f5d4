using System.Net;
using Amazon.Runtime;

namespace StorageOps.Aws.StepFunctions;

/// <summary>Base of every error AWS Step Functions returns; <see cref="AmazonServiceException.ErrorCode"/> is the Step Functions error code.</summary>
public class StepFunctionsServiceException : AmazonServiceException
{
    public StepFunctionsServiceException(string message, string errorCode, string? requestId, HttpStatusCode statusCode)
        : base(message, ErrorType.Unknown, errorCode, requestId, statusCode)
    {
    }
}
