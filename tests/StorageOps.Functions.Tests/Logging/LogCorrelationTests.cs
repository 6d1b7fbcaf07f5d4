using StorageOps.Functions.Logging;

namespace StorageOps.Functions.Tests.Logging;

public sealed class LogCorrelationTests
{
    [Theory]
    [InlineData("""{"requestId":"req-1","executionArn":"arn:aws:states:us-east-1:1:execution:m:req-1"}""", "req-1", "arn:aws:states:us-east-1:1:execution:m:req-1")]
    [InlineData("""{"mountTargets":[{"requestId":"nested"}],"request":{"executionArn":"nested"},"requestId":"req-2"}""", "req-2", null)]
    [InlineData("""{"requestId":42}""", null, null)]
    [InlineData("""{"requestId":""}""", null, null)]
    [InlineData("""{"requestId":"req-3",""", "req-3", null)]
    [InlineData("""["requestId","req-4"]""", null, null)]
    [InlineData("not json", null, null)]
    [InlineData("", null, null)]
    [InlineData(null, null, null)]
    public void FromEvent_WhenGivenAnEvent_ShouldReadOnlyTopLevelStringIds(string? eventJson, string? requestId, string? executionArn) =>
        Assert.Equal((requestId, executionArn), LogCorrelation.FromEvent(eventJson));

    [Fact]
    public void FromEvent_WhenAnIdIsTooLongToBeOne_ShouldIgnoreIt()
    {
        var huge = new string('x', LogCorrelation.MaxLength + 1);

        Assert.Equal((null, null), LogCorrelation.FromEvent($$"""{"requestId":"{{huge}}"}"""));
    }
}
