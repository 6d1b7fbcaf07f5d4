using System.Text.Json;
using Amazon.Runtime.Internal.Transform;

namespace StorageOps.Aws.Protocol.Json;

/// <summary>
/// Reads a successful JSON protocol response (restJson1, awsJson1_0) through an operation's output shape. An empty body
/// is <c>{}</c>; a body that is not a JSON object, or a member of the wrong type, is <see cref="AwsResponseFormatException"/>.
/// </summary>
internal static class JsonResponseReader
{
    public static TOutput Read<TOutput>(AwsServiceDescription service, string operation, JsonUnmarshallerContext input, Func<JsonElement, TOutput> read)
    {
        var body = ResponseBody.ReadAll(input.Stream, input);
        var requestId = JsonErrorReader.RequestId(input.ResponseData);
        AwsResponseFormatException Unreadable(string? member, string reason, Exception? inner) =>
            new(service.ServiceId, operation, member, reason, requestId, input.ResponseData.StatusCode, inner);

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body.Length == 0 ? "{}"u8.ToArray() : body);
        }
        catch (JsonException notJson)
        {
            throw Unreadable(null, $"the body is not JSON ({notJson.Message})", notJson);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw Unreadable(null, $"the body is a JSON {document.RootElement.ValueKind}, expected an object", null);
            }

            try
            {
                return read(document.RootElement);
            }
            catch (ResponseMemberException wrongType)
            {
                throw Unreadable(wrongType.Member, wrongType.Reason, wrongType);
            }
        }
    }
}
