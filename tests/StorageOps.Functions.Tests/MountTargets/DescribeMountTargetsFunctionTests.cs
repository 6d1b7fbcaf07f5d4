using System.Text.Json.Nodes;
using StorageOps.Functions.Errors;
using StorageOps.Functions.FileSystems;
using StorageOps.Functions.Invocation;
using StorageOps.Functions.MountTargets;
using StorageOps.Functions.Requests;
using StorageOps.Functions.Tests.FileSystems;

namespace StorageOps.Functions.Tests.MountTargets;

public sealed class DescribeMountTargetsFunctionTests
{
    private static readonly LambdaInvocation Invocation = new("inv-1", DateTimeOffset.MaxValue);
    private readonly ManualClock clock = new(DateTimeOffset.Parse("2026-03-01T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    private readonly InMemoryEfs efs;
    private readonly DescribeMountTargetsFunction function;

    public DescribeMountTargetsFunctionTests()
    {
        efs = new InMemoryEfs(clock);
        function = new DescribeMountTargetsFunction(new MountTargetManager(efs.InHomeRegion(), clock));
    }

    [Fact]
    public async Task InvokeAsync_WhenAllExpectedAreAvailable_ShouldReportReadyWithWhatTheStateMachineReads()
    {
        var fileSystem = await new FileSystemProvisioner(efs.InHomeRegion(), clock).CreateAsync(new ProvisionFileSystemRequest { RequestId = "req-1" }, CancellationToken.None);
        var manager = new MountTargetManager(efs.InHomeRegion(), clock);
        var created = await manager.CreateAsync(
            new CreateMountTargetInput { FileSystemId = fileSystem.FileSystemId, MountTarget = new MountTargetRequest { SubnetId = "subnet-0a000001" } },
            CancellationToken.None);
        efs.SetMountTargetState(created.MountTarget.MountTargetId, "available");

        var json = await function.InvokeAsync(
            $$"""{"fileSystemId":"{{fileSystem.FileSystemId}}","expectedCount":1,"since":"2026-03-01T09:58:00+00:00"}""",
            Invocation,
            CancellationToken.None);

        var result = JsonNode.Parse(json)!;
        Assert.True((bool)result["ready"]!);
        Assert.False((bool)result["failed"]!);
        Assert.False((bool)result["gone"]!);
        Assert.Equal(12, (int)result["waitSeconds"]!);
        Assert.Equal("2026-03-01T10:00:00+00:00", (string)result["checkedAt"]!);
        Assert.Equal(created.MountTarget.MountTargetId, (string)result["mountTargets"]![0]!["mountTargetId"]!);
    }

    [Theory]
    [InlineData("""{"fileSystemId":"fs-0a1b2c3d","expectedCount":-1}""")]
    [InlineData("""{"fileSystemId":"fs-0a1b2c3d","mountTargetIds":["fsmt-1"]}""")]
    [InlineData("""{"expectedCount":1}""")]
    public async Task InvokeAsync_WhenTheInputIsMalformed_ShouldThrowValidationErrorWithoutCallingEfs(string eventJson)
    {
        await Assert.ThrowsAsync<InvalidInputException>(() => function.InvokeAsync(eventJson, Invocation, CancellationToken.None));

        Assert.Empty(efs.Calls);
    }
}
