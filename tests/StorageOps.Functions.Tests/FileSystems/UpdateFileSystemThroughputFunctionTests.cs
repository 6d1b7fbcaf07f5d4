using System.Text.Json.Nodes;
using StorageOps.Functions.FileSystems;
using StorageOps.Functions.Invocation;
using StorageOps.Functions.Tests.Replication;

namespace StorageOps.Functions.Tests.FileSystems;

public sealed class UpdateFileSystemThroughputFunctionTests
{
    private static readonly LambdaInvocation Invocation = new("inv-1", DateTimeOffset.MaxValue);

    [Fact]
    public async Task InvokeAsync_WhenTheModeIsElastic_ShouldStillWriteTheProvisionedThroughputTheStateMachineSelects()
    {
        var efs = new RegionalEfs();
        efs.AddFileSystem("fs-0123456789abcdef0", owned: true);
        var function = new UpdateFileSystemThroughputFunction(new FileSystemUpdater(efs.Clients(), TimeProvider.System));

        var json = await function.InvokeAsync("""{"fileSystemId":"fs-0123456789abcdef0","throughputMode":"bursting"}""", Invocation, CancellationToken.None);

        var result = JsonNode.Parse(json)!.AsObject();
        Assert.True(result.ContainsKey("provisionedThroughputInMibps"));
        Assert.Null(result["provisionedThroughputInMibps"]);
        Assert.Equal(("bursting", true), ((string?)result["throughputMode"], (bool)result["changed"]!));
    }
}
