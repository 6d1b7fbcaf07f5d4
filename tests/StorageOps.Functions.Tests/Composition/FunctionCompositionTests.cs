using StorageOps.Aws;
using StorageOps.Functions.Composition;

namespace StorageOps.Functions.Tests.Composition;

public sealed class FunctionCompositionTests
{
    [Fact]
    public void Registry_WhenComposed_ShouldListEveryDeployedHandler() =>
        Assert.Equal(
            [
                "CreateFileSystem", "CreateMountTarget", "CreateReplication", "DeleteFileSystem", "DeleteMountTargets", "DeleteReplication",
                "DescribeFileSystem", "DescribeFileSystemDeletion", "DescribeMountTargets", "DescribeReplication", "DescribeReplicationDeletion",
                "ModifyMountTargetSecurityGroups", "PrepareFileSystemUpdate", "RouteRequests", "UpdateFileSystemProtection", "UpdateFileSystemTags", "UpdateFileSystemThroughput",
                "ValidateMountTargetPlacement",
            ],
            FunctionComposition.Registry.Names.Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("CreateFileSystem")]
    [InlineData("DescribeFileSystem")]
    [InlineData("ValidateMountTargetPlacement")]
    [InlineData("DeleteFileSystem")]
    [InlineData("DescribeFileSystemDeletion")]
    [InlineData("CreateMountTarget")]
    [InlineData("DescribeMountTargets")]
    [InlineData("DeleteMountTargets")]
    [InlineData("CreateReplication")]
    [InlineData("DescribeReplication")]
    [InlineData("DeleteReplication")]
    [InlineData("DescribeReplicationDeletion")]
    [InlineData("PrepareFileSystemUpdate")]
    [InlineData("UpdateFileSystemThroughput")]
    [InlineData("UpdateFileSystemTags")]
    [InlineData("UpdateFileSystemProtection")]
    [InlineData("ModifyMountTargetSecurityGroups")]
    [InlineData("RouteRequests")]
    public void Registry_WhenAHandlerIsBuilt_ShouldBuildTheOneItsNameSelects(string name)
    {
        var environment = new FunctionEnvironment(
            new Dictionary<string, string> { ["AWS_REGION"] = "eu-west-1" },
            TimeProvider.System,
            new AwsClientSettings { ServiceUrl = "http://127.0.0.1:9" });

        Assert.Equal(name, FunctionComposition.Registry.Build(name, environment).Name);
    }
}
