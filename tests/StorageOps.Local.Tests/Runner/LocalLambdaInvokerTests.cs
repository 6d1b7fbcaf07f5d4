using System.Text.Json.Nodes;
using StorageOps.Functions.Errors;
using StorageOps.Functions.Invocation;
using StorageOps.Local.Runner;
using StorageOps.Local.Template;
using StorageOps.StatesLanguage.Errors;

namespace StorageOps.Local.Tests.Runner;

public sealed class LocalLambdaInvokerTests
{
    private const string Arn = "arn:aws:lambda:us-east-1:123456789012:function:Doubler";
    private static readonly WiredFunction Doubler = new("Doubler", Arn, "Double", new Dictionary<string, string> { ["STORAGEOPS_HANDLER"] = "Double", ["FACTOR"] = "2" });
    private static readonly WiredFunction Tripler = new("Tripler", "arn:aws:lambda:us-east-1:123456789012:function:Tripler", "Double", new Dictionary<string, string> { ["STORAGEOPS_HANDLER"] = "Double", ["FACTOR"] = "3" });
    private readonly List<WiredFunction> built = [];
    private readonly LocalLambdaInvoker invoker;

    public LocalLambdaInvokerTests()
    {
        invoker = new LocalLambdaInvoker(
            new Dictionary<string, WiredFunction> { [Arn] = Doubler, ["Doubler"] = Doubler, [Tripler.FunctionArn] = Tripler },
            function =>
            {
                built.Add(function);
                return new MultiplyFunction(int.Parse(function.Environment["FACTOR"], System.Globalization.CultureInfo.InvariantCulture));
            },
            TimeProvider.System);
    }

    [Theory]
    [InlineData(Arn)]
    [InlineData("Doubler")]
    public async Task InvokeAsync_WhenFunctionIsWired_ShouldReturnTheHandlersPayload(string functionName)
    {
        var result = await invoker.InvokeAsync(functionName, new JsonObject { ["value"] = 21 }, CancellationToken.None);

        Assert.Null(result.FunctionError);
        Assert.Equal("""{"value":42}""", result.Payload!.ToJsonString());
    }

    [Fact]
    public async Task InvokeAsync_WhenTwoFunctionsShareAHandler_ShouldBuildEachOnceWithItsOwnEnvironment()
    {
        var doubled = await invoker.InvokeAsync(Arn, new JsonObject { ["value"] = 5 }, CancellationToken.None);
        var tripled = await invoker.InvokeAsync(Tripler.FunctionArn, new JsonObject { ["value"] = 5 }, CancellationToken.None);
        await invoker.InvokeAsync("Doubler", new JsonObject { ["value"] = 5 }, CancellationToken.None);

        Assert.Equal(("""{"value":10}""", """{"value":15}"""), (doubled.Payload!.ToJsonString(), tripled.Payload!.ToJsonString()));
        Assert.Equal([Doubler, Tripler], built);
    }

    [Fact]
    public async Task InvokeAsync_WhenNothingIsInvoked_ShouldBuildNoHandler()
    {
        await Assert.ThrowsAsync<TaskFailedException>(() => invoker.InvokeAsync("Nope", null, CancellationToken.None));

        Assert.Empty(built);
    }

    [Fact]
    public async Task InvokeAsync_WhenHandlerFailsWithANamedError_ShouldReturnItsNameAndMessageWithoutAStackTrace()
    {
        var result = await invoker.InvokeAsync(Arn, new JsonObject { ["value"] = "x" }, CancellationToken.None);

        Assert.Equal("StorageOps.ValidationError", result.FunctionError);
        Assert.Equal("StorageOps.ValidationError", (string?)result.Payload!["errorType"]);
        Assert.Equal("value: must be a number", (string?)result.Payload!["errorMessage"]);
        Assert.Empty(result.Payload!["stackTrace"]!.AsArray());
    }

    [Fact]
    public async Task InvokeAsync_WhenHandlerThrowsUnexpectedly_ShouldReturnAnInternalErrorWithItsStackTrace()
    {
        var result = await invoker.InvokeAsync(Arn, new JsonObject(), CancellationToken.None);

        Assert.Equal("StorageOps.InternalError", result.FunctionError);
        Assert.StartsWith("InvalidOperationException:", (string?)result.Payload!["errorMessage"], StringComparison.Ordinal);
        Assert.Contains(result.Payload!["stackTrace"]!.AsArray(), frame => ((string)frame!).Contains(nameof(MultiplyFunction), StringComparison.Ordinal));
    }

    [Fact]
    public async Task InvokeAsync_WhenFunctionIsNotInTheTemplate_ShouldFailLikeLambdaDoes()
    {
        var failure = await Assert.ThrowsAsync<TaskFailedException>(() => invoker.InvokeAsync("arn:aws:lambda:us-east-1:123456789012:function:Nope", null, CancellationToken.None));

        Assert.Equal("Lambda.ResourceNotFoundException", failure.Error);
    }

    private sealed class MultiplyFunction(int factor) : ILambdaFunction
    {
        public string Name => "Double";

        public Task<string> InvokeAsync(string eventJson, LambdaInvocation invocation, CancellationToken cancellationToken)
        {
            var value = JsonNode.Parse(eventJson)!["value"] ?? throw new InvalidOperationException("the test sent no value");
            return value.GetValueKind() == System.Text.Json.JsonValueKind.Number
                ? Task.FromResult(new JsonObject { ["value"] = (int)value * factor }.ToJsonString())
                : throw new InvalidInputException("value: must be a number");
        }
    }
}
