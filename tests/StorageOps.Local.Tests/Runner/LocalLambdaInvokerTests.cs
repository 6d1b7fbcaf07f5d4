using System.Text.Json.Nodes;
using StorageOps.Functions.Errors;
using StorageOps.Functions.Invocation;
using StorageOps.Local.Runner;
using StorageOps.StatesLanguage.Errors;

namespace StorageOps.Local.Tests.Runner;

public sealed class LocalLambdaInvokerTests
{
    private const string Arn = "arn:aws:lambda:us-east-1:123456789012:function:Doubler";
    private readonly LocalLambdaInvoker invoker = new(
        new Dictionary<string, string> { [Arn] = "Double", ["Doubler"] = "Double" },
        new FunctionCatalog([new DoubleFunction()]),
        TimeProvider.System);

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
    public async Task InvokeAsync_WhenHandlerFails_ShouldReturnTheErrorDocumentAsTheDeployedRuntimeWould()
    {
        var result = await invoker.InvokeAsync(Arn, new JsonObject { ["value"] = "x" }, CancellationToken.None);

        Assert.Equal("StorageOps.ValidationError", result.FunctionError);
        Assert.Equal("StorageOps.ValidationError", (string?)result.Payload!["errorType"]);
        Assert.Equal("value: must be a number", (string?)result.Payload!["errorMessage"]);
    }

    [Fact]
    public async Task InvokeAsync_WhenFunctionIsNotInTheTemplate_ShouldFailLikeLambdaDoes()
    {
        var failure = await Assert.ThrowsAsync<TaskFailedException>(() => invoker.InvokeAsync("arn:aws:lambda:us-east-1:123456789012:function:Nope", null, CancellationToken.None));

        Assert.Equal("Lambda.ResourceNotFoundException", failure.Error);
    }

    private sealed class DoubleFunction : ILambdaFunction
    {
        public string Name => "Double";

        public Task<string> InvokeAsync(string eventJson, LambdaInvocation invocation, CancellationToken cancellationToken)
        {
            var value = JsonNode.Parse(eventJson)!["value"]!;
            return value.GetValueKind() == System.Text.Json.JsonValueKind.Number
                ? Task.FromResult(new JsonObject { ["value"] = (int)value * 2 }.ToJsonString())
                : throw new InvalidInputException("value: must be a number");
        }
    }
}
