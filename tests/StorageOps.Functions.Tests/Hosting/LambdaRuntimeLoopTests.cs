using System.Text.Json.Nodes;
using StorageOps.Functions.Errors;
using StorageOps.Functions.Hosting;
using StorageOps.Functions.Invocation;

namespace StorageOps.Functions.Tests.Hosting;

public sealed class LambdaRuntimeLoopTests : IDisposable
{
    private readonly FakeRuntimeApi runtimeApi = new();
    private readonly HttpClient http = new() { Timeout = Timeout.InfiniteTimeSpan };
    private readonly StringWriter logs = new();
    private readonly CancellationTokenSource stop = new();

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
        var loop = new LambdaRuntimeLoop(new LambdaRuntimeApiClient(http, runtimeApi.Address), function, new FunctionLog(logs, TimeProvider.System, function.Name), TimeProvider.System);
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
    public async Task RunAsync_WhenInvoked_ShouldLogJsonLinesCarryingTheRequestId()
    {
        _ = StartLoop(new EchoFunction());
        runtimeApi.Enqueue("req-logged", """{"value":1}""");
        runtimeApi.NextPosted();
        await stop.CancelAsync();

        var lines = logs.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!).ToList();

        Assert.Contains(lines, line => (string?)line["requestId"] == "req-logged" && (string?)line["message"] == "invocation started" && (string?)line["traceId"] == "Root=1-5759e988-bd862e3fe1be46a994272793");
        Assert.All(lines, line => Assert.Equal("Echo", (string?)line["handler"]));
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
        logs.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonNode.Parse(line)!)
            .Single(line => (string?)line["requestId"] == requestId && (string?)line["message"] == "invocation failed");

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
