using System.Text;

// The cold-start floor: the least a .NET executable-assembly Lambda does — next, respond, repeat — with nothing else.
var runtimeApi = Environment.GetEnvironmentVariable("AWS_LAMBDA_RUNTIME_API")
    ?? throw new InvalidOperationException("AWS_LAMBDA_RUNTIME_API is not set.");
var baseAddress = new Uri($"http://{runtimeApi}/2018-06-01/runtime/");
using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
while (true)
{
    using var next = await http.GetAsync(new Uri(baseAddress, "invocation/next"));
    next.EnsureSuccessStatusCode();
    var requestId = next.Headers.GetValues("Lambda-Runtime-Aws-Request-Id").First();
    _ = await next.Content.ReadAsStringAsync();
    using var content = new StringContent("\"hello world\"", Encoding.UTF8, "application/json");
    using var response = await http.PostAsync(new Uri(baseAddress, $"invocation/{Uri.EscapeDataString(requestId)}/response"), content);
    response.EnsureSuccessStatusCode();
}
