using System.Text.Json;
using System.Text.Unicode;

namespace StorageOps.Simulator.Hosting;

/// <summary>
/// Reads a JSON request body as AWS services do before looking at any member: the bytes must be UTF-8, the text JSON,
/// every string and member name valid Unicode (no lone surrogate escapes), and the top level an object.
/// </summary>
internal static class JsonRequestBody
{
    /// <summary>The parsed object; an empty body reads as <c>{}</c>, which is what SDKs send for an operation without input.</summary>
    public static async Task<JsonDocument> ReadObjectAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await body.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        if (bytes.IsEmpty)
        {
            return JsonDocument.Parse("{}");
        }

        if (!Utf8.IsValid(bytes.Span))
        {
            throw new MalformedRequestException("The request body is not valid UTF-8.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes);
        }
        catch (JsonException error)
        {
            throw new MalformedRequestException($"The request body is not valid JSON: {error.Message}");
        }

        try
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new MalformedRequestException("The request body must be a JSON object.");
            }

            RejectInvalidUnicode(document.RootElement);
            return document;
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    private static void RejectInvalidUnicode(JsonElement element)
    {
        try
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var member in element.EnumerateObject())
                    {
                        _ = member.Name;
                        RejectInvalidUnicode(member.Value);
                    }

                    break;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        RejectInvalidUnicode(item);
                    }

                    break;
                case JsonValueKind.String:
                    _ = element.GetString();
                    break;
            }
        }
        catch (InvalidOperationException error)
        {
            // System.Text.Json reports a lone surrogate escape such as "\ud800" only when the string is decoded.
            throw new MalformedRequestException($"The request body holds a string that is not valid Unicode: {error.Message}");
        }
    }
}
