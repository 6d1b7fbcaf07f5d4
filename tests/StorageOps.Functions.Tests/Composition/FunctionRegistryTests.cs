using StorageOps.Aws;
using StorageOps.Functions.Composition;
using StorageOps.Functions.Errors;
using StorageOps.Functions.Invocation;

namespace StorageOps.Functions.Tests.Composition;

public sealed class FunctionRegistryTests
{
    private readonly List<string> built = [];
    private readonly List<FunctionContext> contexts = [];
    private readonly FunctionRegistry registry;

    public FunctionRegistryTests()
    {
        registry = new FunctionRegistry([Registration("Alpha"), Registration("Beta")]);
    }

    private static FunctionEnvironment Environment(params (string Key, string Value)[] variables) => new(
        variables.ToDictionary(variable => variable.Key, variable => variable.Value),
        TimeProvider.System,
        new AwsClientSettings { ServiceUrl = "http://127.0.0.1:9" });

    private FunctionRegistration Registration(string name) => new(name, context =>
    {
        built.Add(name);
        contexts.Add(context);
        return new NamedFunction(name);
    });

    [Fact]
    public void Names_WhenRead_ShouldBuildNothing()
    {
        Assert.Equal(["Alpha", "Beta"], registry.Names.Order(StringComparer.Ordinal));
        Assert.Empty(built);
    }

    [Fact]
    public void Build_WhenNameIsRegistered_ShouldBuildThatHandlerAlone()
    {
        var function = registry.Build("Beta", Environment(("AWS_REGION", "eu-west-1")));

        Assert.Equal("Beta", function.Name);
        Assert.Equal(["Beta"], built);
    }

    [Fact]
    public void Build_WhenFunctionHasItsOwnVariables_ShouldHandThemAndItsRegionToTheHandler()
    {
        registry.Build("Alpha", Environment(("AWS_REGION", "eu-west-1"), ("DESTINATION_REGION", "us-west-2")));

        var context = Assert.Single(contexts);
        Assert.Equal("us-west-2", context.Environment.Required("DESTINATION_REGION"));
        Assert.Equal("eu-west-1", context.Clients.Efs.HomeRegion);
    }

    [Fact]
    public void Build_WhenNameIsUnknown_ShouldNameTheKnownHandlersAndBuildNothing()
    {
        var error = Assert.Throws<UnknownHandlerException>(() => registry.Build("Gamma", Environment(("AWS_REGION", "eu-west-1"))));

        Assert.Equal("No handler is named 'Gamma'. Known handlers: Alpha, Beta.", error.Message);
        Assert.Equal("StorageOps.ConfigurationError", error.ErrorType);
        Assert.Empty(built);
    }

    [Fact]
    public void Build_WhenRegionIsNotSet_ShouldFailWithAConfigurationError()
    {
        var error = Assert.Throws<ConfigurationException>(() => registry.Build("Alpha", Environment()));

        Assert.Equal("Environment variable AWS_REGION is not set.", error.Message);
        Assert.Empty(built);
    }

    private sealed class NamedFunction(string name) : ILambdaFunction
    {
        public string Name => name;

        public Task<string> InvokeAsync(string eventJson, LambdaInvocation invocation, CancellationToken cancellationToken) => Task.FromResult(eventJson);
    }
}
