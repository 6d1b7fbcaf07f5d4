namespace StorageOps.Aws.Tests.Support;

/// <summary>What the <see cref="CaptureServer"/> answers.</summary>
internal sealed record CannedResponse(int StatusCode, string Body, IReadOnlyDictionary<string, string>? Headers = null)
{
    public static CannedResponse Json(int statusCode, string body, params (string Name, string Value)[] headers) =>
        new(statusCode, body, headers.ToDictionary(header => header.Name, header => header.Value));

    /// <summary>An EFS-style error: optional <c>x-amzn-ErrorType</c> header, the given body, a request id.</summary>
    public static CannedResponse Error(int statusCode, string? errorTypeHeader, string body, string requestId = "req-0001")
    {
        var headers = new Dictionary<string, string> { ["x-amzn-RequestId"] = requestId };
        if (errorTypeHeader is not null)
        {
            headers["x-amzn-ErrorType"] = errorTypeHeader;
        }

        return new CannedResponse(statusCode, body, headers);
    }
}
