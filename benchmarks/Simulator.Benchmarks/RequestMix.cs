using System.Net.Http.Headers;
using System.Text;

namespace Simulator.Benchmarks;

/// <summary>
/// The request mix both servers answer: EFS create (unique token), describe by id, list a page, and a not-found
/// error — half reads, as a polling workflow produces. Requests carry a SigV4-shaped Authorization header
/// (neither server checks signatures; both read the region and service from its scope).
/// </summary>
internal sealed class RequestMix(HttpClient http, Uri endpoint, string runId)
{
    private const string Authorization = "AWS4-HMAC-SHA256 Credential=AKIDBENCHMARK/20260101/us-east-1/elasticfilesystem/aws4_request, SignedHeaders=host;x-amz-date, Signature=0000000000000000000000000000000000000000000000000000000000000000";
    private readonly List<string> fileSystemIds = [];
    private readonly Lock idsLock = new();

    public async Task SendAsync(int sequence)
    {
        switch (sequence % 4)
        {
            case 0:
                var created = await SendAsync(HttpMethod.Post, "/2015-02-01/file-systems", $$"""{"CreationToken":"{{runId}}-{{sequence}}","PerformanceMode":"generalPurpose","Tags":[{"Key":"Name","Value":"bench"}]}""", 201);
                var id = System.Text.Json.JsonDocument.Parse(created).RootElement.GetProperty("FileSystemId").GetString()!;
                lock (idsLock)
                {
                    fileSystemIds.Add(id);
                }

                break;
            case 1:
                await SendAsync(HttpMethod.Get, $"/2015-02-01/file-systems?FileSystemId={AnyFileSystemId(sequence)}", null, 200);
                break;
            case 2:
                await SendAsync(HttpMethod.Get, "/2015-02-01/file-systems?MaxItems=10", null, 200);
                break;
            default:
                await SendAsync(HttpMethod.Get, "/2015-02-01/file-systems?FileSystemId=fs-00000000000000000", null, 404);
                break;
        }
    }

    private string AnyFileSystemId(int sequence)
    {
        lock (idsLock)
        {
            return fileSystemIds.Count == 0 ? "fs-00000000000000000" : fileSystemIds[sequence % fileSystemIds.Count];
        }
    }

    private async Task<string> SendAsync(HttpMethod method, string pathAndQuery, string? body, int expectedStatus)
    {
        using var request = new HttpRequestMessage(method, new Uri(endpoint, pathAndQuery));
        request.Headers.TryAddWithoutValidation("Authorization", Authorization);
        request.Headers.TryAddWithoutValidation("X-Amz-Date", "20260101T000000Z");
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var status = (int)response.StatusCode;
        // Before any file system exists, describe-by-id legitimately answers 404.
        if (status != expectedStatus && !(expectedStatus == 200 && status == 404 && pathAndQuery.Contains("fs-00000000000000000", StringComparison.Ordinal)))
        {
            throw new InvalidOperationException($"{method} {pathAndQuery} answered {status}, expected {expectedStatus}: {text}");
        }

        return text;
    }
}
