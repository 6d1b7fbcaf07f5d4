using System.Net;
using System.Xml;
using System.Xml.Linq;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Transform;

namespace StorageOps.Aws.Protocol.AwsQuery;

/// <summary>
/// Reads an awsQuery response with System.Xml.Linq: <c>&lt;{Name}Response&gt;&lt;{Name}Result&gt;…</c> through the operation's
/// output shape (no result element reads as an empty one), an error through <see cref="AwsQueryErrorReader"/> and the
/// client's <see cref="ServiceErrorCatalog"/>. A body that is not XML, or a member of the wrong type, is
/// <see cref="AwsResponseFormatException"/>.
/// </summary>
internal sealed class AwsQueryResponseUnmarshaller<TInput, TOutput>(AwsServiceDescription service, AwsQueryOperation<TInput, TOutput> operation, ServiceErrorCatalog errors)
    : XmlResponseUnmarshaller
    where TInput : class
{
    public override AmazonWebServiceResponse Unmarshall(XmlUnmarshallerContext input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var body = ResponseBody.ReadAll(input.Stream, input);
        XElement? root;
        try
        {
            root = AwsQueryErrorReader.ParseOrThrow(body);
        }
        catch (XmlException notXml)
        {
            throw Unreadable(input, null, null, $"the body is not XML ({notXml.Message})", notXml);
        }

        var resultName = operation.Name + "Result";
        var result = root?.DescendantsAndSelf().FirstOrDefault(element => element.Name.LocalName == resultName) ?? new XElement(resultName);
        try
        {
            return new OperationResponse { Output = operation.ReadOutput(result) };
        }
        catch (ResponseMemberException wrongType)
        {
            throw Unreadable(input, root, wrongType.Member, wrongType.Reason, wrongType);
        }
    }

    public override AmazonServiceException UnmarshallException(XmlUnmarshallerContext input, Exception innerException, HttpStatusCode statusCode)
    {
        ArgumentNullException.ThrowIfNull(input);
        var error = AwsQueryErrorReader.Read(input.ResponseData, ResponseBody.ReadAll(input.Stream, input), statusCode, innerException);
        return errors.Create(error);
    }

    private AwsResponseFormatException Unreadable(XmlUnmarshallerContext input, XElement? root, string? member, string reason, Exception inner) =>
        new(service.ServiceId, operation.Name, member, reason, AwsQueryErrorReader.RequestId(root, input.ResponseData), input.ResponseData.StatusCode, inner);
}
