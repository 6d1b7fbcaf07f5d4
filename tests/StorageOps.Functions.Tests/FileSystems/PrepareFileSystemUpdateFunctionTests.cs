using System.Globalization;
using System.Text.Json.Nodes;
using StorageOps.Functions.Errors;
using StorageOps.Functions.FileSystems;
using StorageOps.Functions.Invocation;
using StorageOps.Functions.Tests.Replication;

namespace StorageOps.Functions.Tests.FileSystems;

public sealed class PrepareFileSystemUpdateFunctionTests
{
    private const string FileSystemId = "fs-0123456789abcdef0";
    private static readonly LambdaInvocation Invocation = new("inv-1", DateTimeOffset.MaxValue);
    private readonly RegionalEfs efs = new();
    private readonly PrepareFileSystemUpdateFunction function;

    public PrepareFileSystemUpdateFunctionTests()
    {
        var clock = new ManualClock(DateTimeOffset.Parse("2026-03-01T10:00:00Z", CultureInfo.InvariantCulture));
        function = new PrepareFileSystemUpdateFunction(new FileSystemUpdater(efs.Clients(), clock));
    }

    [Fact]
    public async Task InvokeAsync_WhenOnlyTagsChange_ShouldLeaveTheOtherStepsOutSoTheStateMachineSkipsThem()
    {
        efs.AddFileSystem(FileSystemId, owned: true);

        var json = await function.InvokeAsync($$$"""{"requestId":"req-1","fileSystemId":"{{{FileSystemId}}}","tags":{"team":"storage"}}""", Invocation, CancellationToken.None);

        var plan = JsonNode.Parse(json)!.AsObject();
        Assert.Equal(["fileSystemId", "deadline", "tags"], plan.Select(member => member.Key));
        Assert.Equal("""{"fileSystemId":"fs-0123456789abcdef0","tags":{"team":"storage"}}""", plan["tags"]!.ToJsonString());
        Assert.Equal("2026-03-01T10:30:00+00:00", (string?)plan["deadline"]);
    }

    [Fact]
    public async Task InvokeAsync_WhenTheRequestHasAnUnknownMember_ShouldFailWithValidationErrorBeforeAnyAwsCall()
    {
        var error = await Assert.ThrowsAsync<InvalidInputException>(() => function.InvokeAsync(
            $$"""{"requestId":"req-1","fileSystemId":"{{FileSystemId}}","throughput":"fast"}""", Invocation, CancellationToken.None));

        Assert.StartsWith("PrepareFileSystemUpdate: the event is not a valid UpdateFileSystemRequest", error.Message, StringComparison.Ordinal);
        Assert.Empty(efs.Calls);
    }
}
