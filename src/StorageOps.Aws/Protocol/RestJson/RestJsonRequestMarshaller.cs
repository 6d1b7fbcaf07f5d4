using System.Text.Json;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;
using Amazon.Runtime.Internal.Util;

namespace StorageOps.Aws.Protocol.RestJson;

/// <summary>
/// Builds AWSSDK.Core's <see cref="IRequest"/> for one restJson1 operation. Path labels go through
/// <see cref="IRequest.AddPathResource"/> so AWSSDK.Core encodes them (and double-encodes the canonical URI when signing);
/// query members through <see cref="IRequest.ParameterCollection"/> with <see cref="IRequest.UseQueryString"/>.
/// </summary>
internal sealed class RestJsonRequestMarshaller<TInput, TOutput>(AwsServiceDescription service, RestJsonOperation<TInput, TOutput> operation)
    : IMarshaller<IRequest, AmazonWebServiceRequest>
    where TInput : class
{
    public IRequest Marshall(AmazonWebServiceRequest input)
    {
        var wrapper = (OperationRequest)input;
        var publicRequest = (TInput)wrapper.Input;
        var request = new DefaultRequest(wrapper, service.ServiceId)
        {
            HttpMethod = operation.Method,
            ResourcePath = operation.PathTemplate,
            UseQueryString = true,
        };

        foreach (var (label, value) in operation.PathLabels)
        {
            var text = value(publicRequest);
            if (string.IsNullOrEmpty(text))
            {
                throw new AwsRequestValidationException(label, "is required (it is part of the request path).");
            }

            var greedy = operation.PathTemplate.Contains('{' + label + "+}", StringComparison.Ordinal);
            request.AddPathResource(greedy ? '{' + label + "+}" : '{' + label + '}', greedy ? text : StringUtils.FromString(text));
        }

        foreach (var (name, values) in operation.QueryMembers)
        {
            if (values(publicRequest) is not { } list)
            {
                continue;
            }

            if (list.Count == 1)
            {
                request.Parameters.Add(name, list[0]);
            }
            else
            {
                request.ParameterCollection.Add(name, [.. list]);
            }
        }

        foreach (var (name, value) in operation.HeaderMembers)
        {
            if (value(publicRequest) is { } header)
            {
                request.Headers[name] = header;
            }
        }

        if (operation.HasBody)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                foreach (var (_, write) in operation.BodyMembers)
                {
                    write(publicRequest, writer);
                }

                writer.WriteEndObject();
            }

            request.Content = buffer.ToArray();
            request.Headers["Content-Type"] = "application/json";
        }

        return request;
    }
}
