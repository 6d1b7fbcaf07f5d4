using StorageOps.Aws;
using StorageOps.Functions.Composition;
using StorageOps.Functions.ElasticSnapshots;

namespace StorageOps.Functions.Tests.ElasticSnapshots;

public sealed class ElasticSnapshotRegistrationsTests
{
    [Theory]
    [InlineData("CopyElasticSnapshot")]
    [InlineData("DescribeElasticSnapshot")]
    [InlineData("PruneElasticSnapshots")]
    public void Registry_WhenAnElasticSnapshotHandlerIsBuilt_ShouldBuildTheOneItsNameSelects(string name)
    {
        var environment = new FunctionEnvironment(
            new Dictionary<string, string> { ["AWS_REGION"] = "eu-west-1", ["STORAGEOPS_POLLING_TIME_SCALE"] = "0.5" },
            TimeProvider.System,
            new AwsClientSettings { ServiceUrl = "http://127.0.0.1:9" });

        Assert.Contains(name, FunctionComposition.Registry.Names);
        Assert.Equal(name, FunctionComposition.Registry.Build(name, environment).Name);
    }

    [Fact]
    public void All_WhenListed_ShouldHoldExactlyTheThreeElasticSnapshotHandlers() =>
        Assert.Equal(
            ["CopyElasticSnapshot", "DescribeElasticSnapshot", "PruneElasticSnapshots"],
            ElasticSnapshotRegistrations.All.Select(registration => registration.Name));
}
