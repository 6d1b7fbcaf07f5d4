using System.Text.Json.Nodes;
using StorageOps.Aws.Efs;
using StorageOps.Functions.Errors;
using StorageOps.Functions.FileSystems;
using StorageOps.Functions.Invocation;

namespace StorageOps.Functions.Tests.FileSystems;

public sealed class DescribeFileSystemDeletionFunctionTests
{
    private static readonly LambdaInvocation Invocation = new("inv-1", DateTimeOffset.MaxValue);
    private readonly ManualClock clock = new(DateTimeOffset.Parse("2026-03-01T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    private readonly InMemoryEfs efs;
    private readonly DescribeFileSystemDeletionFunction function;

    public DescribeFileSystemDeletionFunctionTests()
    {
        efs = new InMemoryEfs(clock);
        function = new DescribeFileSystemDeletionFunction(new FileSystemDeleter(efs.InHomeRegion(), clock));
    }

    [Fact]
    public async Task InvokeAsync_WhenEfsAnswersFileSystemNotFound_ShouldReportGoneRatherThanFail()
    {
        var json = await function.InvokeAsync("""{"fileSystemId":"fs-0a1b2c3d4e","since":"2026-03-01T09:59:50+00:00"}""", Invocation, CancellationToken.None);

        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"fileSystemId":"fs-0a1b2c3d4e","lifeCycleState":"deleted","gone":true,"waitSeconds":1,"checkedAt":"2026-03-01T10:00:00+00:00"}"""),
            JsonNode.Parse(json)!), json);
    }

    [Fact]
    public async Task InvokeAsync_WhenStillDeleting_ShouldReportItsStateAndNotGone()
    {
        efs.Add(new FileSystemDescription { FileSystemId = "fs-0a1b2c3d4e", LifeCycleState = "deleting" });

        var json = await function.InvokeAsync("""{"fileSystemId":"fs-0a1b2c3d4e"}""", Invocation, CancellationToken.None);

        var result = JsonNode.Parse(json)!;
        Assert.Equal("deleting", (string)result["lifeCycleState"]!);
        Assert.False((bool)result["gone"]!);
    }

    [Fact]
    public async Task InvokeAsync_WhenTheInputHasAnUnknownMember_ShouldThrowValidationErrorWithoutCallingEfs()
    {
        await Assert.ThrowsAsync<InvalidInputException>(() => function.InvokeAsync("""{"fileSystemId":"fs-0a1b2c3d4e","deadline":"2026-03-01T10:00:00Z"}""", Invocation, CancellationToken.None));

        Assert.Empty(efs.Calls);
    }
}
