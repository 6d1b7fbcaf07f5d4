using System.Text.Json.Nodes;
using StorageOps.Functions.Errors;
using StorageOps.Functions.Invocation;
using StorageOps.Functions.FileSystems;

namespace StorageOps.Functions.Tests.FileSystems;

public sealed class CreateFileSystemFunctionTests
{
    private static readonly LambdaInvocation Invocation = new("inv-1", DateTimeOffset.MaxValue);
    private readonly ManualClock clock = new(DateTimeOffset.Parse("2026-03-01T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    private readonly InMemoryEfs efs;
    private readonly CreateFileSystemFunction function;

    public CreateFileSystemFunctionTests()
    {
        efs = new InMemoryEfs(clock);
        function = new CreateFileSystemFunction(new FileSystemProvisioner(efs.InHomeRegion(), clock));
    }

    [Fact]
    public async Task InvokeAsync_WhenEventIsValid_ShouldReturnCamelCaseResultForTheStateMachine()
    {
        var json = await function.InvokeAsync("""{"requestId":"req-7","throughputMode":"elastic","timeoutSeconds":60}""", Invocation, CancellationToken.None);

        var result = JsonNode.Parse(json)!;
        Assert.StartsWith("fs-", (string)result["fileSystemId"]!, StringComparison.Ordinal);
        Assert.False((bool)result["alreadyExisted"]!);
        Assert.Equal("2026-03-01T10:01:00+00:00", (string)result["deadline"]!);
        Assert.Equal("creating", (string)result["status"]!["lifeCycleState"]!);
        Assert.Equal(45, (int)result["status"]!["waitSeconds"]!);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("null")]
    [InlineData("""{"requestId":"req-7","throughputmode":"elastic"}""")]
    [InlineData("""{"requestId":7}""")]
    [InlineData("""{"requestId":"req-7","requestId":"req-8"}""")]
    [InlineData("""{"requestId":"\ud800"}""")]
    public async Task InvokeAsync_WhenEventIsMalformed_ShouldThrowValidationErrorWithoutCallingEfs(string eventJson)
    {
        var error = await Assert.ThrowsAsync<InvalidInputException>(() => function.InvokeAsync(eventJson, Invocation, CancellationToken.None));

        Assert.StartsWith("CreateFileSystem: the event", error.Message, StringComparison.Ordinal);
        Assert.Empty(efs.Calls);
    }
}
