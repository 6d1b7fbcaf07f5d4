using StorageOps.Aws;
using StorageOps.Functions.Composition;

namespace StorageOps.Functions.Tests.Composition;

public sealed class FunctionCompositionTests
{
    [Fact]
    public void Registry_WhenComposed_ShouldListEveryDeployedHandler() =>
        Assert.Equal(
            [
                "CheckReplicationHealth", "CopyElasticSnapshot", "CreateClusterSnapshot", "CreateFileSystem", "CreateMountTarget", "CreateReplication", "DeleteFileSystem", "DeleteMountTargets", "DeleteReplication",
                "DescribeClusterSnapshot", "DescribeElasticSnapshot", "DescribeFileSystem", "DescribeFileSystemDeletion", "DescribeMountTargets", "DescribeReplication", "DescribeReplicationDeletion", "DiscoverSnapshotTargets", "MergeNightSummaries",
                "ModifyMountTargetSecurityGroups", "PlanNightPages", "PrepareFileSystemUpdate", "PruneClusterSnapshots", "PruneElasticSnapshots", "RecordNightResults", "RecordWorkflowOutcome", "RouteRequests", "StartNightlySnapshots", "UpdateFileSystemProtection", "UpdateFileSystemTags", "UpdateFileSystemThroughput",
                "ValidateMountTargetPlacement",
            ],
            FunctionComposition.Registry.Names.Order(StringComparer.Ordinal));

    public static TheoryData<string> HandlerNames => [.. FunctionComposition.Registry.Names];

    [Theory]
    [MemberData(nameof(HandlerNames))]
    public void Registry_WhenAHandlerIsBuilt_ShouldBuildTheOneItsNameSelects(string name)
    {
        var environment = new FunctionEnvironment(
            new Dictionary<string, string> { ["AWS_REGION"] = "eu-west-1" },
            TimeProvider.System,
            new AwsClientSettings { ServiceUrl = "http://127.0.0.1:9" });

        Assert.Equal(name, FunctionComposition.Registry.Build(name, environment).Name);
    }
}
