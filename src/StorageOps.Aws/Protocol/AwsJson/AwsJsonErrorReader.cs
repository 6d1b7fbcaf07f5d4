using System.Net;
using System.Text.Json;
using Amazon.Runtime.Internal.Transform;

namespace StorageOps.Aws.Protocol.AwsJson;

/// <summary>
/// Reads an awsJson1_0 error the way the official SDKs do: the code from the <c>x-amzn-ErrorType</c> header, else the
/// body's <c>__type</c> or <c>code</c>, without any <c>namespace#</c> prefix or <c>:http://…</c> suffix. The message is
/// the body's <c>message</c>/<c>Message</c>; the request id is <c>x-amzn-RequestId</c>.
/// </summary>
internal static class AwsJsonErrorReader
{
    public const string ErrorTypeHeader = "x-amzn-ErrorType";
    public const string RequestIdHeader = "x-amzn-RequestId";

    public static ServiceError Read(IWebResponseData? response, byte[]? body, HttpStatusCode statusCode, Exception? innerException)
    {
        var parsed = ParseBody(body);
        var code = Sanitize(Header(response, ErrorTypeHeader))
            ?? Sanitize(StringMember(parsed, "__type"))
            ?? Sanitize(StringMember(parsed, "code"))
            ?? $"Http{(int)statusCode}";
        var message = StringMember(parsed, "message") ?? StringMember(parsed, "Message") ?? $"{code} (HTTP {(int)statusCode})";
        var requestId = Header(response, RequestIdHeader) ?? Header(response, "x-amz-request-id");
        return new ServiceError(code, message, requestId, statusCode, parsed, innerException);
    }

    /// <summary><c>com.amazonaws.swf.base.model#InvalidArn:http://internal.amazon.com/…</c> → <c>InvalidArn</c>.</summary>
    public static string? Sanitize(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var code = raw.Trim();
        var colon = code.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0)
        {
            code = code[..colon];
        }

        var hash = code.LastIndexOf('#');
        if (hash >= 0)
        {
            code = code[(hash + 1)..];
        }

        return code.Length == 0 ? null : code;
    }

    private static string? Header(IWebResponseData? response, string name) =>
        response is not null && response.IsHeaderPresent(name) && response.GetHeaderValue(name) is { Length: > 0 } value ? value : null;

    private static JsonElement ParseBody(byte[]? body)
    {
        if (body is not { Length: > 0 })
        {
            return default;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return default;
        }
    }

    private static string? StringMember(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
