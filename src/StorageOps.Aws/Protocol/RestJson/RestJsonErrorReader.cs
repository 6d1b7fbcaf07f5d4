using System.Net;
using Amazon.Runtime.Internal.Transform;
using StorageOps.Aws.Protocol.Json;

namespace StorageOps.Aws.Protocol.RestJson;

/// <summary>A restJson1 error: the code from <c>x-amzn-ErrorType</c>, else the body's <c>code</c>, <c>__type</c> or (EFS) <c>ErrorCode</c>.</summary>
internal static class RestJsonErrorReader
{
    private static readonly string[] CodeMembers = ["code", "__type", "ErrorCode", "Code"];

    public static ServiceError Read(IWebResponseData? response, byte[]? body, HttpStatusCode statusCode, Exception? innerException) =>
        JsonErrorReader.Read(response, body, statusCode, innerException, CodeMembers);

    /// <summary><c>aws.protocoltests#FooError:http://internal.amazon.com/coral/…</c> → <c>FooError</c>.</summary>
    public static string? Sanitize(string? raw) => JsonErrorReader.Sanitize(raw);
}
