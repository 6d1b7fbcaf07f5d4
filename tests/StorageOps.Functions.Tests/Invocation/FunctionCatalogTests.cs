using StorageOps.Aws;
using StorageOps.Functions.Composition;
using StorageOps.Functions.Invocation;

namespace StorageOps.Functions.Tests.Invocation;

public sealed class FunctionCatalogTests
{
    private readonly FunctionCatalog catalog = FunctionComposition.Build(
        new FunctionsEnvironment(new AwsClientSettings { Region = "eu-west-1", ServiceUrl = "http://127.0.0.1:9" }, TimeProvider.System));

    [Fact]
    public void Names_WhenComposed_ShouldListEveryDeployedHandler() =>
        Assert.Equal(["CreateFileSystem", "DescribeFileSystem"], catalog.Names.Order(StringComparer.Ordinal));

    [Fact]
    public void Get_WhenNameIsUnknown_ShouldNameTheKnownHandlers()
    {
        var error = Assert.Throws<UnknownHandlerException>(() => catalog.Get("CreateFilesystem"));

        Assert.Equal("No handler is named 'CreateFilesystem'. Known handlers: CreateFileSystem, DescribeFileSystem.", error.Message);
    }
}
