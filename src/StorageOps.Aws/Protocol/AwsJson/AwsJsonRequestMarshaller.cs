using System.Text.Json;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;

namespace StorageOps.Aws.Protocol.AwsJson;

/// <summary>
/// Builds AWSSDK.Core's <see cref="IRequest"/> for one awsJson1_0 operation: <c>POST /</c>, the input as a JSON object,
/// <c>X-Amz-Target: {targetPrefix}.{Name}</c>.
/// </summary>
internal sealed class AwsJsonRequestMarshaller<TInput, TOutput>(AwsServiceDescription service, string targetPrefix, AwsJsonOperation<TInput, TOutput> operation)
    : IMarshaller<IRequest, AmazonWebServiceRequest>
    where TInput : class
{
    public const string ContentType = "application/x-amz-json-1.0";

    public IRequest Marshall(AmazonWebServiceRequest input)
    {
        var wrapper = (OperationRequest)input;
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            operation.WriteBody((TInput)wrapper.Input, writer);
        }

        var request = new DefaultRequest(wrapper, service.ServiceId)
        {
            HttpMethod = "POST",
            ResourcePath = "/",
            Content = buffer.ToArray(),
        };
        request.Headers["Content-Type"] = ContentType;
        request.Headers["X-Amz-Target"] = $"{targetPrefix}.{operation.Name}";
        return request;
    }
}
