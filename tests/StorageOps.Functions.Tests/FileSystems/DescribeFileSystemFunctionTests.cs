using System.Text.Json.Nodes;
using StorageOps.Functions.Errors;
using StorageOps.Functions.FileSystems;
using StorageOps.Functions.Invocation;
using StorageOps.Functions.Requests;

namespace StorageOps.Functions.Tests.FileSystems;

public sealed class DescribeFileSystemFunctionTests
{
    private static readonly LambdaInvocation Invocation = new("inv-1", DateTimeOffset.MaxValue);
    private readonly ManualClock clock = new(DateTimeOffset.Parse("2026-03-01T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    private readonly InMemoryEfs efs;
    private readonly FileSystemProvisioner provisioner;

    public DescribeFileSystemFunctionTests()
    {
        efs = new InMemoryEfs(clock);
        provisioner = new FileSystemProvisioner(efs.InHomeRegion(), clock);
    }

    [Fact]
    public async Task InvokeAsync_WhenFileSystemIsAvailable_ShouldReportReady()
    {
        var created = await provisioner.CreateAsync(new ProvisionFileSystemRequest { RequestId = "req-1" }, CancellationToken.None);
        efs.SetState(created.FileSystemId, "available");

        var json = await new DescribeFileSystemFunction(provisioner).InvokeAsync($$"""{"fileSystemId":"{{created.FileSystemId}}"}""", Invocation, CancellationToken.None);

        var result = JsonNode.Parse(json)!;
        Assert.Equal("available", (string)result["lifeCycleState"]!);
        Assert.True((bool)result["ready"]!);
        Assert.False((bool)result["failed"]!);
        Assert.Equal("2026-03-01T10:00:00+00:00", (string)result["checkedAt"]!);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"fileSystemId":""}""")]
    [InlineData("""{"fileSystemId":"vol-123"}""")]
    public async Task InvokeAsync_WhenFileSystemIdIsMissingOrMalformed_ShouldThrowValidationError(string eventJson)
    {
        var error = await Assert.ThrowsAsync<InvalidInputException>(
            () => new DescribeFileSystemFunction(provisioner).InvokeAsync(eventJson, Invocation, CancellationToken.None));

        Assert.StartsWith("fileSystemId:", error.Message, StringComparison.Ordinal);
        Assert.Empty(efs.Calls);
    }
}
