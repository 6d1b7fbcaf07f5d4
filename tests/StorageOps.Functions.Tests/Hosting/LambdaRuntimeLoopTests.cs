using System.Text.Json.Nodes;
using StorageOps.Aws;
using StorageOps.Functions.Composition;
using StorageOps.Functions.Errors;
using StorageOps.Functions.Hosting;
using StorageOps.Functions.Invocation;
using StorageOps.Functions.Logging;

namespace StorageOps.Functions.Tests.Hosting;

public sealed class LambdaRuntimeLoopTests : IDisposable
{
    private readonly FakeRuntimeApi runtimeApi = new();
    private readonly HttpClient http = new() { Timeout = Timeout.InfiniteTimeSpan };
    private readonly StringWriter logs = new();
    private readonly CancellationTokenSource stop = new();
    private readonly ColdStart coldStart = new();

    public void Dispose()
    {
        stop.Cancel();
        runtimeApi.Dispose();
        http.Dispose();
        stop.Dispose();
        logs.Dispose();
    }

    private Task StartLoop(ILambdaFunction function)
    {
        var variables = new Dictionary<string, string>
        {
            ["AWS_LAMBDA_FUNCTION_NAME"] = "storageops-Echo",
            ["AWS_LAMBDA_FUNCTION_MEMORY_SIZE"] = "512",
            ["AWS_SECRET_ACCESS_KEY"] = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        };
        var loop = new LambdaRuntimeLoop(new LambdaRuntimeApiClient(http, runtimeApi.Address), function, new FunctionLogger(logs, TimeProvider.System, variables), TimeProvider.System, coldStart);
        return Task.Run(() => loop.RunAsync(stop.Token));
    }

    [Fact]
    public async Task RunAsync_WhenHandlerSucceeds_ShouldPostItsResultToTheInvocationResponse()
    {
        var loop = StartLoop(new EchoFunction());
        runtimeApi.Enqueue("8476a536-e9f4-11e8-9739-2dfe598c3fcd", """{"value":41}""");

        var posted = runtimeApi.NextPosted();

        Assert.Equal("POST", posted.Method);
        Assert.Equal("/2018-06-01/runtime/invocation/8476a536-e9f4-11e8-9739-2dfe598c3fcd/response", posted.Path);
        Assert.Null(posted.ErrorType);
        Assert.Equal("""{"value":42,"requestId":"8476a536-e9f4-11e8-9739-2dfe598c3fcd","functionArn":"arn:aws:lambda:us-east-1:123456789012:function:f"}""", posted.Body);
        Assert.False(loop.IsFaulted);
    }

    [Fact]
    public async Task RunAsync_WhenHandlerThrowsANamedError_ShouldPostTheErrorWithTheErrorTypeHeader()
    {
        _ = StartLoop(new EchoFunction());
        runtimeApi.Enqueue("req-error", """{"value":-1}""");

        var posted = runtimeApi.NextPosted();

        Assert.Equal("/2018-06-01/runtime/invocation/req-error/error", posted.Path);
        Assert.Equal("StorageOps.ValidationError", posted.ErrorType);
        var document = JsonNode.Parse(posted.Body)!;
        Assert.Equal("StorageOps.ValidationError", (string)document["errorType"]!);
        Assert.Equal("value: must not be negative", (string)document["errorMessage"]!);
        Assert.Empty(Assert.IsType<JsonArray>(document["stackTrace"]));
    }

    [Fact]
    public async Task RunAsync_WhenTheEventIsNotUtf8_ShouldPostAValidationErrorWithoutInvokingTheHandler()
    {
        _ = StartLoop(new EchoFunction());
        runtimeApi.Enqueue("req-bytes", [.. "{\"value\":1,\"name\":\""u8, 0xC3, 0x28, .. "\"}"u8]);

        var posted = runtimeApi.NextPosted();

        Assert.Equal("/2018-06-01/runtime/invocation/req-bytes/error", posted.Path);
        Assert.Equal("StorageOps.ValidationError", posted.ErrorType);
        Assert.Contains("the event is not valid UTF-8", (string)JsonNode.Parse(posted.Body)!["errorMessage"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_WhenHandlerThrowsANamedError_ShouldLogTheNameAndMessageWithoutAStackTrace()
    {
        _ = StartLoop(new EchoFunction());
        runtimeApi.Enqueue("req-named", """{"value":-1}""");

        var posted = runtimeApi.NextPosted();

        Assert.DoesNotContain(".cs:line", posted.Body, StringComparison.Ordinal);
        var failure = FailureLogLine("req-named");
        Assert.Equal(("StorageOps.ValidationError", "value: must not be negative"), ((string?)failure["errorType"], (string?)failure["errorMessage"]));
        Assert.Null(failure["exception"]);
    }

    [Fact]
    public async Task RunAsync_WhenHandlerThrowsUnexpectedly_ShouldPostAndLogTheStackTrace()
    {
        _ = StartLoop(new EchoFunction());
        runtimeApi.Enqueue("req-bug", """{"value":0}""");

        var posted = runtimeApi.NextPosted();

        Assert.Equal(("/2018-06-01/runtime/invocation/req-bug/error", "StorageOps.InternalError"), (posted.Path, posted.ErrorType));
        Assert.Contains(JsonNode.Parse(posted.Body)!["stackTrace"]!.AsArray(), frame => ((string)frame!).Contains(nameof(EchoFunction), StringComparison.Ordinal));
        var failure = FailureLogLine("req-bug");
        Assert.Equal("StorageOps.InternalError", (string?)failure["errorType"]);
        Assert.Contains($"{nameof(EchoFunction)}.{nameof(EchoFunction.InvokeAsync)}", (string?)failure["exception"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_WhenEventIsMalformed_ShouldPostAValidationErrorAndServeTheNextInvocation()
    {
        _ = StartLoop(new EchoFunction());
        runtimeApi.Enqueue("req-bad", "{not json");
        runtimeApi.Enqueue("req-good", """{"value":1}""");

        var first = runtimeApi.NextPosted();
        var second = runtimeApi.NextPosted();

        Assert.Equal(("/2018-06-01/runtime/invocation/req-bad/error", "StorageOps.ValidationError"), (first.Path, first.ErrorType));
        Assert.Equal("/2018-06-01/runtime/invocation/req-good/response", second.Path);
    }

    [Fact]
    public async Task RunAsync_WhenInvoked_ShouldLogPowertoolsKeysWithTheInvocationsIds()
    {
        _ = StartLoop(new EchoFunction());
        runtimeApi.Enqueue("req-logged", """{"value":1,"requestId":"req-2026-12-01-analytics","executionArn":"arn:aws:states:us-east-1:123456789012:execution:p:req-2026-12-01-analytics"}""");
        runtimeApi.NextPosted();
        await stop.CancelAsync();

        var started = LogLines().Single(line => (string?)line["message"] == "invocation started");

        Assert.Equal("INFO", (string?)started["level"]);
        Assert.Equal("storageops", (string?)started["service"]);
        Assert.Equal("req-logged", (string?)started["function_request_id"]);
        Assert.Equal("1-5759e988-bd862e3fe1be46a994272793", (string?)started["xray_trace_id"]);
        Assert.Equal("arn:aws:lambda:us-east-1:123456789012:function:f", (string?)started["function_arn"]);
        Assert.Equal("storageops-Echo", (string?)started["function_name"]);
        Assert.Equal(512, (int)started["function_memory_size"]!);
        Assert.True((bool)started["cold_start"]!);
        Assert.Equal("req-2026-12-01-analytics", (string?)started["requestId"]);
        Assert.Equal("arn:aws:states:us-east-1:123456789012:execution:p:req-2026-12-01-analytics", (string?)started["executionArn"]);
        Assert.True(DateTimeOffset.TryParse((string?)started["timestamp"], System.Globalization.CultureInfo.InvariantCulture, out _));
        Assert.All(LogLines(), line => Assert.Equal("Echo", (string?)line["handler"]));
    }

    [Fact]
    public async Task RunAsync_WhenInvokedTwice_ShouldMarkOnlyTheFirstInvocationColdStart()
    {
        _ = StartLoop(new EchoFunction());
        runtimeApi.Enqueue("req-first", """{"value":1}""");
        runtimeApi.Enqueue("req-second", """{"value":2}""");
        runtimeApi.NextPosted();
        runtimeApi.NextPosted();
        await stop.CancelAsync();

        var coldStarts = LogLines()
            .Where(line => (string?)line["message"] == "invocation started")
            .ToDictionary(line => (string)line["function_request_id"]!, line => (bool)line["cold_start"]!);

        Assert.Equal(new Dictionary<string, bool> { ["req-first"] = true, ["req-second"] = false }, coldStarts);
    }

    [Fact]
    public async Task RunAsync_WhenServingARegistryBuiltHandler_ShouldGiveItsOwnLinesTheLoopsInvocationAndColdStartOnce()
    {
        var function = FunctionComposition.Registry.Build(
            "RecordWorkflowOutcome",
            new FunctionEnvironment(new Dictionary<string, string> { ["AWS_REGION"] = "us-east-1" }, TimeProvider.System, new AwsClientSettings { ServiceUrl = "http://127.0.0.1:9" }) { Log = logs });
        _ = StartLoop(function);
        const string Outcome = """{"workflow":"teardown-file-system","outcome":"succeeded","startedAt":"2026-12-01T03:00:00Z","executionInput":{"requestId":"req-td"}}""";
        runtimeApi.Enqueue("req-one", Outcome);
        runtimeApi.Enqueue("req-two", Outcome);
        Assert.EndsWith("/response", runtimeApi.NextPosted().Path, StringComparison.Ordinal);
        Assert.EndsWith("/response", runtimeApi.NextPosted().Path, StringComparison.Ordinal);
        await stop.CancelAsync();

        var outcomes = LogLines().Where(line => (string?)line["message"] == "workflow outcome").ToList();

        Assert.Equal(["req-one", "req-two"], outcomes.Select(line => (string?)line["function_request_id"]));
        Assert.Equal([true, false], outcomes.Select(line => (bool)line["cold_start"]!));
        Assert.All(outcomes, line => Assert.Equal(("req-td", "RecordWorkflowOutcome"), ((string?)line["requestId"], (string?)line["handler"])));
    }

    [Fact]
    public async Task RunAsync_WhenTheEventHoldsASecret_ShouldNeverLogItNorTheEnvironment()
    {
        _ = StartLoop(new EchoFunction());
        runtimeApi.Enqueue("req-secret", """{"value":-1,"password":"hunter2-do-not-log","nested":{"requestId":"not-top-level-secret"}}""");
        runtimeApi.NextPosted();
        await stop.CancelAsync();

        var text = logs.ToString();
        Assert.Contains("invocation failed", text, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2-do-not-log", text, StringComparison.Ordinal);
        Assert.DoesNotContain("not-top-level-secret", text, StringComparison.Ordinal);
        Assert.DoesNotContain("wJalrXUtnFEMI", text, StringComparison.Ordinal);
        Assert.DoesNotContain("password", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_WhenDeadlineHasPassed_ShouldCancelTheHandlerAndReportTheError()
    {
        _ = StartLoop(new WaitsForCancellationFunction());
        runtimeApi.Enqueue("req-late", "{}", deadlineMs: DateTimeOffset.UtcNow.AddSeconds(-1).ToUnixTimeMilliseconds());

        var posted = runtimeApi.NextPosted();

        Assert.Equal(("/2018-06-01/runtime/invocation/req-late/error", "StorageOps.InternalError"), (posted.Path, posted.ErrorType));
        Assert.Contains("TaskCanceledException", posted.Body, StringComparison.Ordinal);
    }

    /// <summary>The loop logs a failure before it posts the error, so once the post arrived the line is written.</summary>
    private JsonNode FailureLogLine(string requestId) =>
        LogLines().Single(line => (string?)line["function_request_id"] == requestId && (string?)line["message"] == "invocation failed");

    private List<JsonNode> LogLines() =>
        [.. logs.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!)];

    private sealed class EchoFunction : ILambdaFunction
    {
        public string Name => "Echo";

        public Task<string> InvokeAsync(string eventJson, LambdaInvocation invocation, CancellationToken cancellationToken)
        {
            JsonNode input;
            try
            {
                input = JsonNode.Parse(eventJson)!;
            }
            catch (System.Text.Json.JsonException exception)
            {
                throw new InvalidInputException("the event is not JSON", exception);
            }

            var value = (int)input["value"]!;
            if (value < 0)
            {
                throw new InvalidInputException("value: must not be negative");
            }

            if (value == 0)
            {
                throw new InvalidOperationException("zero reached a code path that was never meant to see it");
            }

            return Task.FromResult(new JsonObject { ["value"] = value + 1, ["requestId"] = invocation.RequestId, ["functionArn"] = invocation.InvokedFunctionArn }.ToJsonString());
        }
    }

    private sealed class WaitsForCancellationFunction : ILambdaFunction
    {
        public string Name => "Waits";

        public async Task<string> InvokeAsync(string eventJson, LambdaInvocation invocation, CancellationToken cancellationToken)
        {
            var cancelled = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            await using (cancellationToken.Register(() => cancelled.TrySetCanceled(cancellationToken)))
            {
                return await cancelled.Task;
            }
        }
    }
}
