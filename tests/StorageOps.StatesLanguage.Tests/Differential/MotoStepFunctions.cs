using System.Net.Http.Headers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using StorageOps.Testing;

namespace StorageOps.StatesLanguage.Tests.Differential;

/// <summary>
/// moto_server with <c>execute_state_machine</c> enabled: moto's own ASL interpreter, driven through the Step Functions
/// JSON protocol (CreateStateMachine, StartExecution, DescribeExecution).
/// </summary>
public sealed class MotoStepFunctions : IAsyncLifetime
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly MotoServer _server = new();
    private readonly HttpClient _http = new();

    public async Task InitializeAsync()
    {
        await _server.InitializeAsync();
        await _server.EnableStepFunctionsExecutionAsync();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    internal async Task<Outcome> RunAsync(string name, JsonObject definition, JsonNode? input)
    {
        // moto 5.2.1 fails every StartExecution after the first one of a server's life (it deep-copies its backend,
        // which by then holds a lock), so each case starts from an empty backend.
        await _server.ResetAsync();
        await _server.EnableStepFunctionsExecutionAsync();
        var machine = await CallAsync("CreateStateMachine", new JsonObject
        {
            ["name"] = name,
            // moto lexes the definition text itself and does not decode \u0027, which the default encoder writes for '.
            ["definition"] = definition.ToJsonString(Relaxed),
            ["roleArn"] = "arn:aws:iam::123456789012:role/differential",
        });
        var started = await CallAsync("StartExecution", new JsonObject
        {
            ["stateMachineArn"] = (string?)machine["stateMachineArn"],
            ["name"] = $"{name}-run",
            ["input"] = input?.ToJsonString() ?? "null",
        });
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            var execution = await CallAsync("DescribeExecution", new JsonObject { ["executionArn"] = (string?)started["executionArn"] });
            switch ((string?)execution["status"])
            {
                case "SUCCEEDED":
                    return Outcome.Succeeded(ParseOutput((string?)execution["output"]));
                case "FAILED" or "TIMED_OUT" or "ABORTED":
                    return Outcome.Failed((string?)execution["error"]);
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"moto did not finish {name}: {execution.ToJsonString()}");
            }

            // Real waiting here is for another process (moto runs executions on its own threads), not for virtual time.
            await Task.Delay(PollInterval);
        }
    }

    /// <summary>moto returns a string output without JSON-encoding it; that is kept visible as <c>{"$unencodedOutput": text}</c>.</summary>
    private static JsonNode? ParseOutput(string? text)
    {
        try
        {
            return JsonNode.Parse(text ?? "null");
        }
        catch (JsonException)
        {
            return new JsonObject { ["$unencodedOutput"] = text };
        }
    }

    private async Task<JsonObject> CallAsync(string operation, JsonObject body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _server.Endpoint)
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-amz-json-1.0");
        request.Headers.Add("X-Amz-Target", $"AWSStepFunctions.{operation}");
        request.Headers.TryAddWithoutValidation("Authorization", "AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/states/aws4_request, SignedHeaders=host, Signature=0");
        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode
            ? JsonNode.Parse(text)!.AsObject()
            : throw new InvalidOperationException($"moto {operation} failed ({(int)response.StatusCode}): {text}");
    }
}
