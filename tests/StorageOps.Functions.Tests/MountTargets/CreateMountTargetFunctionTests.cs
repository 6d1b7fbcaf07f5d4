using System.Text.Json.Nodes;
using StorageOps.Functions.Errors;
using StorageOps.Functions.FileSystems;
using StorageOps.Functions.Invocation;
using StorageOps.Functions.MountTargets;
using StorageOps.Functions.Requests;
using StorageOps.Functions.Tests.FileSystems;

namespace StorageOps.Functions.Tests.MountTargets;

public sealed class CreateMountTargetFunctionTests
{
    private static readonly LambdaInvocation Invocation = new("inv-1", DateTimeOffset.MaxValue);
    private readonly ManualClock clock = new(DateTimeOffset.Parse("2026-03-01T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    private readonly InMemoryEfs efs;
    private readonly CreateMountTargetFunction function;

    public CreateMountTargetFunctionTests()
    {
        efs = new InMemoryEfs(clock);
        function = new CreateMountTargetFunction(new MountTargetManager(efs.InHomeRegion(), clock));
    }

    [Fact]
    public async Task InvokeAsync_WhenGivenAMapItem_ShouldReturnTheMountTargetInCamelCase()
    {
        var fileSystem = await new FileSystemProvisioner(efs.InHomeRegion(), clock).CreateAsync(new ProvisionFileSystemRequest { RequestId = "req-1" }, CancellationToken.None);

        var json = await function.InvokeAsync(
            $$$"""{"fileSystemId":"{{{fileSystem.FileSystemId}}}","mountTarget":{"subnetId":"subnet-0a000001","securityGroups":["sg-0a000001"],"ipAddress":"172.31.0.10"}}""",
            Invocation,
            CancellationToken.None);

        var result = JsonNode.Parse(json)!;
        Assert.Equal(fileSystem.FileSystemId, (string)result["fileSystemId"]!);
        Assert.Equal(
            """{"mountTargetId":"fsmt-00000000000000001","subnetId":"subnet-0a000001","availabilityZoneName":"us-east-1a","ipAddress":"172.31.0.10","networkInterfaceId":"eni-00000000000000001","lifeCycleState":"creating"}""",
            result["mountTarget"]!.ToJsonString());
        Assert.False((bool)result["alreadyExisted"]!);
        Assert.Equal("2026-03-01T10:00:00+00:00", (string)result["requestedAt"]!);
        Assert.Equal(60, (int)result["waitSeconds"]!);
    }

    [Theory]
    [InlineData("""{"fileSystemId":"fs-0a1b2c3d","mountTarget":{"subnetId":"subnet-0a1b2c3d","zone":"a"}}""")]
    [InlineData("""{"fileSystemId":"fs-0a1b2c3d"}""")]
    [InlineData("""{"fileSystemId":"fs-0a1b2c3d","mountTarget":null}""")]
    public async Task InvokeAsync_WhenTheItemIsMalformed_ShouldThrowValidationErrorWithoutCallingEfs(string eventJson)
    {
        await Assert.ThrowsAsync<InvalidInputException>(() => function.InvokeAsync(eventJson, Invocation, CancellationToken.None));

        Assert.Empty(efs.Calls);
    }
}
