using System.Net;
using System.Text.Json;
using Amazon.Runtime.Internal.Transform;

namespace StorageOps.Aws.Protocol.Json;

/// <summary>
/// Reads a JSON protocol error (restJson1, awsJson1_0) the way the official SDKs do: the code from the
/// <c>x-amzn-ErrorType</c> header, else the first of the protocol's body members that is set; any <c>namespace#</c>
/// prefix and <c>:http://…</c> suffix is dropped. The message is the body's <c>message</c>/<c>Message</c>/<c>errorMessage</c>;
/// the request id is <c>x-amzn-RequestId</c>.
/// </summary>
internal static class JsonErrorReader
{
    public const string ErrorTypeHeader = "x-amzn-ErrorType";
    public const string RequestIdHeader = "x-amzn-RequestId";

    /// <param name="codeMembers">The body members that may carry the code, in the order the protocol's SDKs read them.</param>
    public static ServiceError Read(IWebResponseData? response, byte[]? body, HttpStatusCode statusCode, Exception? innerException, IReadOnlyList<string> codeMembers)
    {
        var parsed = ParseBody(body);
        var code = Sanitize(Header(response, ErrorTypeHeader))
            ?? codeMembers.Select(member => Sanitize(parsed.StringMember(member))).FirstOrDefault(found => found is not null)
            ?? $"Http{(int)statusCode}";
        var message = parsed.StringMember("message") ?? parsed.StringMember("Message") ?? parsed.StringMember("errorMessage")
            ?? $"{code} (HTTP {(int)statusCode})";
        return new ServiceError(code, message, RequestId(response), statusCode, parsed, innerException);
    }

    /// <summary>The request id of any JSON protocol response: <c>x-amzn-RequestId</c>, else <c>x-amz-request-id</c>.</summary>
    public static string? RequestId(IWebResponseData? response) => Header(response, RequestIdHeader) ?? Header(response, "x-amz-request-id");

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

    // Unlike JsonShapeReader.String, a member of another type is ignored: an error body must never throw while read.
    private static string? StringMember(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
