using System.Net;
using System.Text.Json;

namespace StorageOps.Aws.Protocol;

/// <summary>An error response, as every protocol reads it: code, message, request id, status, and the body members.</summary>
internal sealed record ServiceError(string Code, string Message, string? RequestId, HttpStatusCode StatusCode, JsonElement Body, Exception? InnerException)
{
    /// <summary>A string member of the error body (e.g. <c>FileSystemId</c> of FileSystemAlreadyExists), or null.</summary>
    public string? Member(string name) =>
        Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
