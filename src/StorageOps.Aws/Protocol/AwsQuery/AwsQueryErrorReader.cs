using System.Net;
using System.Xml;
using System.Xml.Linq;
using Amazon.Runtime.Internal.Transform;

namespace StorageOps.Aws.Protocol.AwsQuery;

/// <summary>
/// Reads an awsQuery error the way the official SDKs do: <c>&lt;ErrorResponse&gt;&lt;Error&gt;&lt;Code/&gt;&lt;Message/&gt;&lt;/Error&gt;&lt;RequestId/&gt;</c>.
/// The first <c>&lt;Error&gt;</c> element is used whatever the root is called (some servers answer <c>&lt;Response&gt;&lt;Errors&gt;&lt;Error&gt;</c>);
/// the request id is the body's <c>RequestId</c>, else the <c>x-amzn-RequestId</c> header.
/// </summary>
internal static class AwsQueryErrorReader
{
    public const string RequestIdHeader = "x-amzn-RequestId";

    public static ServiceError Read(IWebResponseData? response, byte[]? body, HttpStatusCode statusCode, Exception? innerException)
    {
        var root = Parse(body);
        var error = root?.DescendantsAndSelf().FirstOrDefault(element => element.Name.LocalName == "Error");
        var code = Trimmed(error?.String("Code")) ?? $"Http{(int)statusCode}";
        var message = Trimmed(error?.String("Message")) ?? $"{code} (HTTP {(int)statusCode})";
        return new ServiceError(code, message, RequestId(root, response), statusCode, default, innerException);
    }

    /// <summary>The body's <c>RequestId</c> (in <c>ResponseMetadata</c> or an error), else the <c>x-amzn-RequestId</c> header.</summary>
    public static string? RequestId(XElement? root, IWebResponseData? response) =>
        Trimmed(root?.DescendantsAndSelf().FirstOrDefault(element => element.Name.LocalName == "RequestId")?.Value)
            ?? Header(response, RequestIdHeader)
            ?? Header(response, "x-amz-request-id");

    /// <summary>The root element, or null for an empty body or one that is not XML.</summary>
    public static XElement? Parse(byte[]? body)
    {
        try
        {
            return ParseOrThrow(body);
        }
        catch (XmlException)
        {
            return null;
        }
    }

    /// <summary>The root element, or null for an empty body; <see cref="XmlException"/> for a body that is not XML.</summary>
    public static XElement? ParseOrThrow(byte[]? body)
    {
        if (body is not { Length: > 0 })
        {
            return null;
        }

        using var stream = new MemoryStream(body);
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        return XDocument.Load(reader).Root;
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? Header(IWebResponseData? response, string name) =>
        response is not null && response.IsHeaderPresent(name) && response.GetHeaderValue(name) is { Length: > 0 } value ? value : null;
}
