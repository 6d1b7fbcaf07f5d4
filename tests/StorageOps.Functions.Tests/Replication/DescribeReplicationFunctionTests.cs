using System.Globalization;
using System.Text.Json.Nodes;
using StorageOps.Functions.Errors;
using StorageOps.Functions.Invocation;
using StorageOps.Functions.Replication;
using StorageOps.Functions.Tests.FileSystems;

namespace StorageOps.Functions.Tests.Replication;

public sealed class DescribeReplicationFunctionTests
{
    private const string Source = "fs-0123456789abcdef0";
    private static readonly LambdaInvocation Invocation = new("inv-1", DateTimeOffset.MaxValue);
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-03-01T10:00:00Z", CultureInfo.InvariantCulture);
    private readonly RegionalEfs efs = new();
    private readonly DescribeReplicationFunction function;

    public DescribeReplicationFunctionTests()
    {
        function = new DescribeReplicationFunction(new FileSystemReplicator(efs.Clients(), new ManualClock(Now)));
    }

    [Fact]
    public async Task InvokeAsync_WhenEnabling_ShouldWriteEveryMemberTheStateMachineSelectsEvenWhenNull()
    {
        efs.AddReplication(Source, "fs-0fedcba9876543210", "us-west-2", "ENABLING", Now.AddSeconds(-10));

        var json = await function.InvokeAsync($$"""{"sourceFileSystemId":"{{Source}}","deadline":"2026-03-01T11:00:00Z"}""", Invocation, CancellationToken.None);

        var result = JsonNode.Parse(json)!.AsObject();
        Assert.Equal(
            ["sourceFileSystemId", "destinationRegion", "destinationFileSystemId", "status", "statusMessage", "ready", "paused", "waitSeconds", "checkedAt"],
            result.Select(member => member.Key));
        Assert.Null(result["statusMessage"]);
        Assert.Equal("ENABLING", (string?)result["status"]);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"sourceFileSystemId":"vol-1"}""")]
    [InlineData("""{"sourceFileSystemId":"fs-0123456789abcdef0","extra":1}""")]
    public async Task InvokeAsync_WhenTheInputIsMalformed_ShouldFailWithValidationErrorBeforeAnyAwsCall(string eventJson)
    {
        await Assert.ThrowsAsync<InvalidInputException>(() => function.InvokeAsync(eventJson, Invocation, CancellationToken.None));

        Assert.Empty(efs.Calls);
    }
}
