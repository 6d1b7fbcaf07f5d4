using System.Text.Json.Nodes;
using StorageOps.Aws.Efs;
using StorageOps.Functions.Errors;
using StorageOps.Functions.Invocation;
using StorageOps.Functions.MountTargets;
using StorageOps.Functions.Tests.FileSystems;

namespace StorageOps.Functions.Tests.MountTargets;

public sealed class DeleteMountTargetsFunctionTests
{
    private static readonly LambdaInvocation Invocation = new("inv-1", DateTimeOffset.MaxValue);
    private readonly ManualClock clock = new(DateTimeOffset.Parse("2026-03-01T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    private readonly InMemoryEfs efs;
    private readonly DeleteMountTargetsFunction function;

    public DeleteMountTargetsFunctionTests()
    {
        efs = new InMemoryEfs(clock);
        function = new DeleteMountTargetsFunction(new MountTargetManager(efs.InHomeRegion(), clock));
    }

    [Fact]
    public async Task InvokeAsync_WhenGivenTheFileSystemArn_ShouldAnswerWithItsIdForTheStepsThatFollow()
    {
        efs.Add(new FileSystemDescription
        {
            FileSystemId = "fs-0a1b2c3d4e",
            FileSystemArn = "arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/fs-0a1b2c3d4e",
            LifeCycleState = "available",
            Tags = [new Tag("storageops:managed-by", "storageops")],
        });

        var json = await function.InvokeAsync(
            """{"fileSystemId":"arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/fs-0a1b2c3d4e","force":false,"timeoutSeconds":600}""",
            Invocation,
            CancellationToken.None);

        var result = JsonNode.Parse(json)!;
        Assert.Equal("fs-0a1b2c3d4e", (string)result["fileSystemId"]!);
        Assert.Empty(result["deletingMountTargetIds"]!.AsArray());
        Assert.Equal("2026-03-01T10:10:00+00:00", (string)result["deadline"]!);
        Assert.Equal(30, (int)result["waitSeconds"]!);
    }

    [Fact]
    public async Task InvokeAsync_WhenTheFileSystemIsNotOurs_ShouldThrowNotOwned()
    {
        efs.Add(new FileSystemDescription { FileSystemId = "fs-0a1b2c3d4e", LifeCycleState = "available" });

        var error = await Assert.ThrowsAsync<NotOwnedException>(() => function.InvokeAsync("""{"fileSystemId":"fs-0a1b2c3d4e"}""", Invocation, CancellationToken.None));

        Assert.Equal("StorageOps.NotOwned", LambdaErrorDocument.From(error).ErrorType);
    }

    [Theory]
    [InlineData("""{"fileSystemId":"fs-0a1b2c3d","force":"yes"}""")]
    [InlineData("""{"fileSystemId":"fs-0a1b2c3d","timeoutSeconds":0}""")]
    [InlineData("""{"fileSystemId":"fs-0a1b2c3d","requestId":"req-1"}""")]
    public async Task InvokeAsync_WhenTheInputIsMalformed_ShouldThrowValidationErrorWithoutCallingEfs(string eventJson)
    {
        await Assert.ThrowsAsync<InvalidInputException>(() => function.InvokeAsync(eventJson, Invocation, CancellationToken.None));

        Assert.Empty(efs.Calls);
    }
}
