using Amazon.Runtime.Internal.Transform;

namespace StorageOps.Aws.Protocol;

/// <summary>The whole response body, as every protocol's unmarshaller reads it.</summary>
internal static class ResponseBody
{
    /// <summary>
    /// The stream AWSSDK.Core hands over is not read yet, and its cached copy fills only as it is read. A transport
    /// failure while reading surfaces as the IOException AWSSDK.Core retries.
    /// </summary>
    public static byte[] ReadAll(Stream? stream, UnmarshallerContext context)
    {
        using var buffer = new MemoryStream();
        stream?.CopyTo(buffer);
        if (buffer.Length == 0 && context.GetResponseBodyBytes() is { Length: > 0 } cached)
        {
            return cached;
        }

        return buffer.ToArray();
    }
}
