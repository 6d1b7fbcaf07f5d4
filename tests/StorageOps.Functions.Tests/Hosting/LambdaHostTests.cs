using System.Collections;
using System.Text.Json.Nodes;
using StorageOps.Functions.Composition;
using StorageOps.Functions.Hosting;
using StorageOps.Functions.Invocation;

namespace StorageOps.Functions.Tests.Hosting;

public sealed class LambdaHostTests
{
    private static readonly TimeSpan HostTimeout = TimeSpan.FromSeconds(30);

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

        var exitCode = await LambdaHost.RunAsync(environment, output, CancellationToken.None).WaitAsync(HostTimeout);

        Assert.Equal(1, exitCode);
        var posted = runtimeApi.NextPosted();
        Assert.Equal(("/2018-06-01/runtime/init/error", "StorageOps.ConfigurationError"), (posted.Path, posted.ErrorType));
        Assert.StartsWith($"No handler is named 'NoSuchHandler'. Known handlers: {string.Join(", ", FunctionComposition.Registry.Names.Order(StringComparer.Ordinal))}.", (string)JsonNode.Parse(posted.Body)!["errorMessage"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_WhenRegionIsNotSet_ShouldPostAConfigurationInitError()
    {
        using var runtimeApi = new FakeRuntimeApi();
        using var output = new StringWriter();
        var environment = new Hashtable { ["AWS_LAMBDA_RUNTIME_API"] = runtimeApi.Address, ["STORAGEOPS_HANDLER"] = "DescribeFileSystem" };

        var exitCode = await LambdaHost.RunAsync(environment, output, CancellationToken.None).WaitAsync(HostTimeout);

        Assert.Equal(1, exitCode);
        var posted = runtimeApi.NextPosted();
        Assert.Equal(("/2018-06-01/runtime/init/error", "StorageOps.ConfigurationError"), (posted.Path, posted.ErrorType));
        Assert.Equal("Environment variable AWS_REGION is not set.", (string)JsonNode.Parse(posted.Body)!["errorMessage"]!);
    }

    [Fact]
    public async Task RunAsync_WhenNotInsideLambda_ShouldExplainAndExitWithTwo()
    {
        using var output = new StringWriter();

        var exitCode = await LambdaHost.RunAsync(new Hashtable { ["STORAGEOPS_HANDLER"] = "CreateFileSystem" }, output, CancellationToken.None).WaitAsync(HostTimeout);

        Assert.Equal(2, exitCode);
        Assert.Contains("AWS_LAMBDA_RUNTIME_API is not set", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_WhenHandlerIsSelected_ShouldServeInvocationsWithThatHandlerUntilStopped()
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
        Assert.Equal(0, await host.WaitAsync(HostTimeout));
    }

    [Fact]
    public async Task RunAsync_WhenAHandlerIsSelected_ShouldBuildOnlyItWithTheFunctionsOwnEnvironment()
    {
        using var runtimeApi = new FakeRuntimeApi();
        using var output = new StringWriter();
        using var stop = new CancellationTokenSource();
        var built = new List<string>();
        FunctionRegistration Registration(string name) => new(name, context =>
        {
            built.Add(name);
            return new VariableEchoFunction(name, context.Environment.Required("GREETING"));
        });
        var environment = new Hashtable
        {
            ["AWS_LAMBDA_RUNTIME_API"] = runtimeApi.Address,
            ["AWS_REGION"] = "eu-west-1",
            ["STORAGEOPS_HANDLER"] = "Second",
            ["GREETING"] = "hello from the template",
        };
        var host = Task.Run(() => LambdaHost.RunAsync(new FunctionRegistry([Registration("First"), Registration("Second")]), environment, output, stop.Token));
        runtimeApi.Enqueue("req-env", "{}");

        var posted = runtimeApi.NextPosted();
        await stop.CancelAsync();

        Assert.Equal(("/2018-06-01/runtime/invocation/req-env/response", "\"hello from the template\""), (posted.Path, posted.Body));
        Assert.Equal(0, await host.WaitAsync(HostTimeout));
        Assert.Equal(["Second"], built);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task RunAsync_WhenLambdaHandsOverRoleCredentials_ShouldTakeThemFromTheFunctionsEnvironment(bool credentialsInEnvironment)
    {
        using var runtimeApi = new FakeRuntimeApi();
        using var output = new StringWriter();
        using var stop = new CancellationTokenSource();
        var settings = new TaskCompletionSource<StorageOps.Aws.AwsClientSettings>(TaskCreationOptions.RunContinuationsAsynchronously);
        var environment = new Hashtable { ["AWS_LAMBDA_RUNTIME_API"] = runtimeApi.Address, ["AWS_REGION"] = "eu-west-1", ["STORAGEOPS_HANDLER"] = "Only" };
        if (credentialsInEnvironment)
        {
            environment["AWS_ACCESS_KEY_ID"] = "AKIDEXAMPLE";
            environment["AWS_SECRET_ACCESS_KEY"] = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
            environment["AWS_SESSION_TOKEN"] = "session-token";
        }

        var registry = new FunctionRegistry([new FunctionRegistration("Only", context =>
        {
            settings.SetResult(context.Environment.Aws);
            return new VariableEchoFunction("Only", "");
        })]);
        var host = Task.Run(() => LambdaHost.RunAsync(registry, environment, output, stop.Token));

        var used = await settings.Task.WaitAsync(HostTimeout);
        await stop.CancelAsync();

        var credentials = used.Credentials?.GetCredentials();
        Assert.Equal(
            credentialsInEnvironment ? ("AKIDEXAMPLE", "session-token") : default((string, string)?),
            credentials is null ? null : (credentials.AccessKey, credentials.Token));
        Assert.Null(used.ServiceUrl);
        Assert.Equal(0, await host.WaitAsync(HostTimeout));
    }

    private sealed class VariableEchoFunction(string name, string value) : ILambdaFunction
    {
        public string Name => name;

        public Task<string> InvokeAsync(string eventJson, LambdaInvocation invocation, CancellationToken cancellationToken) =>
            Task.FromResult(JsonValue.Create(value).ToJsonString());
    }
}
