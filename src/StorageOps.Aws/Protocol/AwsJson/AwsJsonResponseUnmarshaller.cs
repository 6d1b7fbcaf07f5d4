using System.Net;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Transform;
using StorageOps.Aws.Protocol.Json;

namespace StorageOps.Aws.Protocol.AwsJson;

/// <summary>
/// Reads an awsJson1_0 response with System.Text.Json: the success body through the operation's output shape
/// (<see cref="JsonResponseReader"/>), an error through <see cref="AwsJsonErrorReader"/> and the client's <see cref="ServiceErrorCatalog"/>.
/// </summary>
internal sealed class AwsJsonResponseUnmarshaller<TInput, TOutput>(AwsServiceDescription service, AwsJsonOperation<TInput, TOutput> operation, ServiceErrorCatalog errors)
    : JsonResponseUnmarshaller
    where TInput : class
{
    /// <summary>
    /// Replaces <see cref="JsonResponseUnmarshaller"/>'s version, which wraps every exception in an
    /// <see cref="AmazonUnmarshallingException"/> that AWSSDK.Core retries on a 2xx: StartExecution would be sent again.
    /// </summary>
    public override AmazonWebServiceResponse Unmarshall(UnmarshallerContext input) => Unmarshall((JsonUnmarshallerContext)input);

    public override AmazonWebServiceResponse Unmarshall(JsonUnmarshallerContext input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return new OperationResponse { Output = JsonResponseReader.Read(service, operation.Name, input, operation.ReadOutput) };
    }

    public override AmazonServiceException UnmarshallException(JsonUnmarshallerContext input, Exception innerException, HttpStatusCode statusCode)
    {
        ArgumentNullException.ThrowIfNull(input);
        var error = AwsJsonErrorReader.Read(input.ResponseData, ResponseBody.ReadAll(input.Stream, input), statusCode, innerException);
        return errors.Create(error);
    }
}
