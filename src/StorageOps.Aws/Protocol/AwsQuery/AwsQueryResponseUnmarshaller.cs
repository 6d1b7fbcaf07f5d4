using System.Net;
using System.Xml.Linq;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Transform;

namespace StorageOps.Aws.Protocol.AwsQuery;

/// <summary>
/// Reads an awsQuery response with System.Xml.Linq: <c>&lt;{Name}Response&gt;&lt;{Name}Result&gt;…</c> through the operation's
/// output shape, an error through <see cref="AwsQueryErrorReader"/> and the client's <see cref="ServiceErrorCatalog"/>.
/// </summary>
internal sealed class AwsQueryResponseUnmarshaller<TInput, TOutput>(AwsQueryOperation<TInput, TOutput> operation, ServiceErrorCatalog errors)
    : XmlResponseUnmarshaller
    where TInput : class
{
    public override AmazonWebServiceResponse Unmarshall(XmlUnmarshallerContext input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var root = AwsQueryErrorReader.Parse(ReadBody(input));
        var resultName = operation.Name + "Result";
        var result = root?.DescendantsAndSelf().FirstOrDefault(element => element.Name.LocalName == resultName) ?? new XElement(resultName);
        return new OperationResponse { Output = operation.ReadOutput(result) };
    }

    public override AmazonServiceException UnmarshallException(XmlUnmarshallerContext input, Exception innerException, HttpStatusCode statusCode)
    {
        ArgumentNullException.ThrowIfNull(input);
        var error = AwsQueryErrorReader.Read(input.ResponseData, ReadBody(input), statusCode, innerException);
        return errors.Create(error);
    }

    /// <summary>The whole body (the stream AWSSDK.Core hands over is not read yet; its cached copy fills only as it is read).</summary>
    private static byte[] ReadBody(XmlUnmarshallerContext input)
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
