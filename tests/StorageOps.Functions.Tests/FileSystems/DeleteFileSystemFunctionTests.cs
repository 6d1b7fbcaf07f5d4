using System.Text.Json.Nodes;
using StorageOps.Aws.Efs;
using StorageOps.Functions.Errors;
using StorageOps.Functions.FileSystems;
using StorageOps.Functions.Invocation;

namespace StorageOps.Functions.Tests.FileSystems;

public sealed class DeleteFileSystemFunctionTests
{
    private static readonly LambdaInvocation Invocation = new("inv-1", DateTimeOffset.MaxValue);
    private readonly ManualClock clock = new(DateTimeOffset.Parse("2026-03-01T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    private readonly InMemoryEfs efs;
    private readonly DeleteFileSystemFunction function;

    public DeleteFileSystemFunctionTests()
    {
        efs = new InMemoryEfs(clock);
        function = new DeleteFileSystemFunction(new FileSystemDeleter(efs.InHomeRegion(), clock));
    }

    [Fact]
    public async Task InvokeAsync_WhenRollingBackItsOwnFileSystem_ShouldDeleteItAndReturnWhatTheStateMachineReads()
    {
        efs.Add(new FileSystemDescription
        {
            FileSystemId = "fs-0a1b2c3d4e",
            LifeCycleState = "available",
            Tags = [new Tag("storageops:managed-by", "storageops"), new Tag("storageops:request-id", "req-1")],
        });

        var json = await function.InvokeAsync("""{"fileSystemId":"fs-0a1b2c3d4e","createdByRequestId":"req-1"}""", Invocation, CancellationToken.None);

        var result = JsonNode.Parse(json)!;
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"fileSystemId":"fs-0a1b2c3d4e","alreadyGone":false,"requestedAt":"2026-03-01T10:00:00+00:00","deadline":"2026-03-01T10:30:00+00:00","waitSeconds":10}"""),
            result), json);
        Assert.Contains("DeleteFileSystem", efs.Calls);
    }

    [Theory]
    [InlineData("""{"fileSystemId":"fs-0a1b2c3d","force":1}""")]
    [InlineData("""{"fileSystemId":"efs-1"}""")]
    [InlineData("""{}""")]
    public async Task InvokeAsync_WhenTheInputIsMalformed_ShouldThrowValidationErrorWithoutCallingEfs(string eventJson)
    {
        await Assert.ThrowsAsync<InvalidInputException>(() => function.InvokeAsync(eventJson, Invocation, CancellationToken.None));

        Assert.Empty(efs.Calls);
    }
}
