using System.Net;
using Amazon.Runtime.Internal.Transform;
using StorageOps.Aws.Protocol.Json;

namespace StorageOps.Aws.Protocol.AwsJson;

/// <summary>An awsJson1_0 error: the code from <c>x-amzn-ErrorType</c>, else the body's <c>__type</c> or <c>code</c>.</summary>
internal static class AwsJsonErrorReader
{
    private static readonly string[] CodeMembers = ["__type", "code"];

    public static ServiceError Read(IWebResponseData? response, byte[]? body, HttpStatusCode statusCode, Exception? innerException) =>
        JsonErrorReader.Read(response, body, statusCode, innerException, CodeMembers);

    /// <summary><c>com.amazonaws.swf.base.model#InvalidArn:http://internal.amazon.com/…</c> → <c>InvalidArn</c>.</summary>
    public static string? Sanitize(string? raw) => JsonErrorReader.Sanitize(raw);
}
