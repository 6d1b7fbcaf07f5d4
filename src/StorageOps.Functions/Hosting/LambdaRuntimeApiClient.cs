using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using StorageOps.Functions.Errors;
using StorageOps.Functions.Invocation;

namespace StorageOps.Functions.Hosting;

/// <summary>The Lambda Runtime API (2018-06-01) as a custom runtime speaks it: next, response, error, init error.</summary>
public sealed class LambdaRuntimeApiClient
{
    public const string ErrorTypeHeader = "Lambda-Runtime-Function-Error-Type";
    private const string Version = "2018-06-01";
    private readonly HttpClient http;
    private readonly Uri baseAddress;

    /// <param name="runtimeApi">The value of AWS_LAMBDA_RUNTIME_API, <c>host:port</c>.</param>
    public LambdaRuntimeApiClient(HttpClient http, string runtimeApi)
    {
        this.http = http;
        baseAddress = new Uri($"http://{runtimeApi}/{Version}/runtime/");
    }

    public async Task<(LambdaInvocation Invocation, byte[] EventUtf8)> NextAsync(CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(new Uri(baseAddress, "invocation/next"), cancellationToken);
        response.EnsureSuccessStatusCode();
        var requestId = Header(response, "Lambda-Runtime-Aws-Request-Id")
            ?? throw new InvalidOperationException("The Runtime API sent an invocation without Lambda-Runtime-Aws-Request-Id.");
        var deadline = long.TryParse(Header(response, "Lambda-Runtime-Deadline-Ms"), NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds)
            ? DateTimeOffset.FromUnixTimeMilliseconds(milliseconds)
            : DateTimeOffset.MaxValue;
        var invocation = new LambdaInvocation(
            requestId,
            deadline,
            Header(response, "Lambda-Runtime-Invoked-Function-Arn"),
            Header(response, "Lambda-Runtime-Trace-Id"));
        return (invocation, await response.Content.ReadAsByteArrayAsync(cancellationToken));
    }

    public Task PostResponseAsync(string requestId, string resultJson, CancellationToken cancellationToken) =>
        PostAsync($"invocation/{Uri.EscapeDataString(requestId)}/response", resultJson, errorType: null, cancellationToken);

    public Task PostErrorAsync(string requestId, LambdaErrorDocument error, CancellationToken cancellationToken) =>
        PostAsync($"invocation/{Uri.EscapeDataString(requestId)}/error", error.ToJson(), error.ErrorType, cancellationToken);

    public Task PostInitErrorAsync(LambdaErrorDocument error, CancellationToken cancellationToken) =>
        PostAsync("init/error", error.ToJson(), error.ErrorType, cancellationToken);

    private async Task PostAsync(string relativePath, string json, string? errorType, CancellationToken cancellationToken)
    {
        using var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(baseAddress, relativePath)) { Content = content };
        if (errorType is not null)
        {
            request.Headers.TryAddWithoutValidation(ErrorTypeHeader, errorType);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
