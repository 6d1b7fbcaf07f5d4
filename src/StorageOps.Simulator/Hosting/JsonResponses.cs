using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace StorageOps.Simulator.Hosting;

/// <summary>Writes JSON responses and restJson1 errors the way AWS services send them.</summary>
internal static class JsonResponses
{
    public const string ErrorTypeHeader = "x-amzn-ErrorType";

    public static async Task WriteAsync(HttpResponse response, int statusCode, Action<Utf8JsonWriter> writeBody, string contentType = "application/json")
    {
        var buffer = new ArrayBufferWriter<byte>();
        await using (var writer = new Utf8JsonWriter(buffer))
        {
            writeBody(writer);
        }

        response.StatusCode = statusCode;
        response.ContentType = contentType;
        response.ContentLength = buffer.WrittenCount;
        await response.Body.WriteAsync(buffer.WrittenMemory);
    }

    /// <summary>
    /// An error as EFS sends it: the code in the <c>x-amzn-ErrorType</c> header (where SDKs look first)
    /// and an <c>{"ErrorCode","Message",...}</c> body.
    /// </summary>
    public static Task WriteErrorAsync(
        HttpResponse response,
        int statusCode,
        string errorCode,
        string message,
        Action<Utf8JsonWriter>? writeExtraMembers = null)
    {
        response.Headers[ErrorTypeHeader] = errorCode;
        return WriteAsync(response, statusCode, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("ErrorCode", errorCode);
            writer.WriteString("Message", message);
            writeExtraMembers?.Invoke(writer);
            writer.WriteEndObject();
        });
    }
}
