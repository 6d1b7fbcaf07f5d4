using System.Collections;
using System.Text.Json.Nodes;
using StorageOps.Functions.Hosting;

namespace StorageOps.Functions.Tests.Hosting;

public sealed class LambdaHostTests
{
    [Fact]
    public async Task RunAsync_WhenHandlerVariableNamesNoHandler_ShouldPostAnInitErrorAndExitNonZero()
    {
        using var runtimeApi = new FakeRuntimeApi();
        using var output = new StringWriter();
        var environment = new Hashtable
        {
            ["AWS_LAMBDA_RUNTIME_API"] = runtimeApi.Address,
            ["AWS_REGION"] = "us-east-1",
            ["STORAGEOPS_HANDLER"] = "NoSuchHandler",
        };

        var exitCode = await LambdaHost.RunAsync(environment, output, CancellationToken.None);

        Assert.Equal(1, exitCode);
        var posted = runtimeApi.NextPosted();
        Assert.Equal(("/2018-06-01/runtime/init/error", "StorageOps.ConfigurationError"), (posted.Path, posted.ErrorType));
        Assert.StartsWith("No handler is named 'NoSuchHandler'. Known handlers: CreateFileSystem, DescribeFileSystem", (string)JsonNode.Parse(posted.Body)!["errorMessage"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_WhenNotInsideLambda_ShouldExplainAndExitWithTwo()
    {
        using var output = new StringWriter();

        var exitCode = await LambdaHost.RunAsync(new Hashtable { ["STORAGEOPS_HANDLER"] = "CreateFileSystem" }, output, CancellationToken.None);

        Assert.Equal(2, exitCode);
        Assert.Contains("AWS_LAMBDA_RUNTIME_API is not set", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_WhenHandlerIsSelected_ShouldServeInvocationsWithThatHandler()
    {
        using var runtimeApi = new FakeRuntimeApi();
        using var output = new StringWriter();
        using var stop = new CancellationTokenSource();
        var environment = new Hashtable
        {
            ["AWS_LAMBDA_RUNTIME_API"] = runtimeApi.Address,
            ["AWS_REGION"] = "us-east-1",
            ["STORAGEOPS_HANDLER"] = "DescribeFileSystem",
        };
        var host = Task.Run(() => LambdaHost.RunAsync(environment, output, stop.Token));
        runtimeApi.Enqueue("req-1", """{"fileSystemId":"not-an-fs"}""");

        var posted = runtimeApi.NextPosted();
        await stop.CancelAsync();

        Assert.Equal(("/2018-06-01/runtime/invocation/req-1/error", "StorageOps.ValidationError"), (posted.Path, posted.ErrorType));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => host);
    }
}
