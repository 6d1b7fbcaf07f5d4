using System.Text;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;

namespace StorageOps.Aws.Protocol.AwsQuery;

/// <summary>
/// Builds AWSSDK.Core's <see cref="IRequest"/> for one awsQuery operation: <c>POST /</c> with a form body
/// <c>Action={Name}&amp;Version={ApiVersion}&amp;…</c>, names and values percent-encoded as RFC 3986 requires.
/// </summary>
internal sealed class AwsQueryRequestMarshaller<TInput, TOutput>(AwsServiceDescription service, AwsQueryOperation<TInput, TOutput> operation)
    : IMarshaller<IRequest, AmazonWebServiceRequest>
    where TInput : class
{
    /// <summary>Exactly what the official SDKs send: no charset parameter (the form body is ASCII after percent-encoding).</summary>
    public const string ContentType = "application/x-www-form-urlencoded";

    public IRequest Marshall(AmazonWebServiceRequest input)
    {
        var wrapper = (OperationRequest)input;
        var parameters = new List<KeyValuePair<string, string>>
        {
            new("Action", operation.Name),
            new("Version", service.ApiVersion),
        };
        parameters.AddRange(operation.Parameters((TInput)wrapper.Input));

        var request = new DefaultRequest(wrapper, service.ServiceId)
        {
            HttpMethod = "POST",
            ResourcePath = "/",
            UseQueryString = false,
            Content = Encoding.UTF8.GetBytes(FormBody(parameters)),
        };
        request.Headers["Content-Type"] = ContentType;
        return request;
    }

    public static string FormBody(IEnumerable<KeyValuePair<string, string>> parameters) =>
        string.Join('&', parameters.Select(parameter => $"{Uri.EscapeDataString(parameter.Key)}={Uri.EscapeDataString(parameter.Value)}"));
}
