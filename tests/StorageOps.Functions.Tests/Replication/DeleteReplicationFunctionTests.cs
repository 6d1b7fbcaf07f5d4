using System.Globalization;
using System.Text.Json.Nodes;
using StorageOps.Functions.Errors;
using StorageOps.Functions.Invocation;
using StorageOps.Functions.Replication;
using StorageOps.Functions.Tests.FileSystems;

namespace StorageOps.Functions.Tests.Replication;

public sealed class DeleteReplicationFunctionTests
{
    private const string FileSystemId = "fs-0123456789abcdef0";
    private static readonly LambdaInvocation Invocation = new("inv-1", DateTimeOffset.MaxValue);
    private readonly RegionalEfs efs = new();
    private readonly DeleteReplicationFunction function;

    public DeleteReplicationFunctionTests()
    {
        var clock = new ManualClock(DateTimeOffset.Parse("2026-03-01T10:00:00Z", CultureInfo.InvariantCulture));
        function = new DeleteReplicationFunction(new FileSystemReplicator(efs.Clients(), clock));
    }

    [Fact]
    public async Task InvokeAsync_WhenThereIsNothingToDelete_ShouldReportGoneWithANullStatus()
    {
        efs.AddFileSystem(FileSystemId, owned: true);

        var json = await function.InvokeAsync($$"""{"fileSystemId":"{{FileSystemId}}"}""", Invocation, CancellationToken.None);

        var result = JsonNode.Parse(json)!.AsObject();
        Assert.Equal(["fileSystemId", "deletionStarted", "gone", "status", "waitSeconds", "checkedAt"], result.Select(member => member.Key));
        Assert.Equal((false, true, 0), ((bool)result["deletionStarted"]!, (bool)result["gone"]!, (int)result["waitSeconds"]!));
        Assert.Null(result["status"]);
    }

    [Fact]
    public async Task InvokeAsync_WhenForceIsNotABoolean_ShouldFailWithValidationErrorBeforeAnyAwsCall()
    {
        await Assert.ThrowsAsync<InvalidInputException>(
            () => function.InvokeAsync($$"""{"fileSystemId":"{{FileSystemId}}","force":"yes"}""", Invocation, CancellationToken.None));

        Assert.Empty(efs.Calls);
    }
}
