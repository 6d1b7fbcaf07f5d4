using System.Net;
using System.Text.Json;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Transform;

namespace StorageOps.Aws.Protocol.AwsJson;

/// <summary>
/// Reads an awsJson1_0 response with System.Text.Json: the success body through the operation's output shape, an error
/// through <see cref="AwsJsonErrorReader"/> and the client's <see cref="ServiceErrorCatalog"/>.
/// </summary>
internal sealed class AwsJsonResponseUnmarshaller<TInput, TOutput>(AwsJsonOperation<TInput, TOutput> operation, ServiceErrorCatalog errors)
    : JsonResponseUnmarshaller
    where TInput : class
{
    public override AmazonWebServiceResponse Unmarshall(JsonUnmarshallerContext input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var body = ReadBody(input);
        using var document = JsonDocument.Parse(body.Length == 0 ? "{}"u8.ToArray() : body);
        return new OperationResponse { Output = operation.ReadOutput(document.RootElement) };
    }

    public override AmazonServiceException UnmarshallException(JsonUnmarshallerContext input, Exception innerException, HttpStatusCode statusCode)
    {
        ArgumentNullException.ThrowIfNull(input);
        var error = AwsJsonErrorReader.Read(input.ResponseData, ReadBody(input), statusCode, innerException);
        return errors.Create(error);
    }

    /// <summary>The whole body (the stream AWSSDK.Core hands over is not read yet; its cached copy fills only as it is read).</summary>
    private static byte[] ReadBody(JsonUnmarshallerContext input)
    {
        using var buffer = new MemoryStream();
        input.Stream?.CopyTo(buffer);
        if (buffer.Length == 0 && input.GetResponseBodyBytes() is { Length: > 0 } cached)
        {
            return cached;
        }

        return buffer.ToArray();
    }
}
