using System.Net;
using System.Text.Json;
using Amazon.Runtime.Internal.Transform;

namespace StorageOps.Aws.Protocol.RestJson;

/// <summary>
/// Reads a restJson1 error the way the official SDKs do: the code from the <c>x-amzn-ErrorType</c> header, else the
/// body's <c>code</c>, <c>__type</c> or (EFS) <c>ErrorCode</c>; any <c>namespace#</c> prefix and <c>:http://…</c> suffix
/// is dropped. The message is the body's <c>message</c>/<c>Message</c>/<c>errorMessage</c>; the request id is
/// <c>x-amzn-RequestId</c>.
/// </summary>
internal static class RestJsonErrorReader
{
    public const string ErrorTypeHeader = "x-amzn-ErrorType";
    public const string RequestIdHeader = "x-amzn-RequestId";

    public static ServiceError Read(IWebResponseData? response, byte[]? body, HttpStatusCode statusCode, Exception? innerException)
    {
        var parsed = ParseBody(body);
        var code = Sanitize(Header(response, ErrorTypeHeader))
            ?? Sanitize(parsed.String("code"))
            ?? Sanitize(parsed.String("__type"))
            ?? Sanitize(parsed.String("ErrorCode"))
            ?? Sanitize(parsed.String("Code"))
            ?? $"Http{(int)statusCode}";
        var message = parsed.String("message") ?? parsed.String("Message") ?? parsed.String("errorMessage")
            ?? $"{code} (HTTP {(int)statusCode})";
        var requestId = Header(response, RequestIdHeader) ?? Header(response, "x-amz-request-id");
        return new ServiceError(code, message, requestId, statusCode, parsed, innerException);
    }

    /// <summary><c>aws.protocoltests#FooError:http://internal.amazon.com/coral/…</c> → <c>FooError</c>.</summary>
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

    private static string? String(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
