using System.Text.Json;
using StorageOps.Functions.EventSources;

namespace StorageOps.Functions.Tests.EventSources.EventBridge;

public sealed class ScheduledEventTests
{
    // The documented scheduled event (Amazon EventBridge User Guide), plus a member AWS may add.
    private const string Event = """
        {
          "version": "0",
          "id": "53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa",
          "detail-type": "Scheduled Event",
          "source": "aws.events",
          "account": "123456789012",
          "time": "2015-10-08T16:53:06Z",
          "region": "us-east-1",
          "resources": ["arn:aws:events:us-east-1:123456789012:rule/my-scheduled-rule"],
          "detail": {},
          "replay-name": "a-member-we-do-not-model"
        }
        """;

    [Fact]
    public void Deserialize_WhenAwsSendsMembersWeDoNotModel_ShouldReadTheOnesWeDo()
    {
        var parsed = JsonSerializer.Deserialize(Event, AwsEventsJsonContext.Default.ScheduledEvent)!;

        Assert.Equal(("Scheduled Event", "aws.events"), (parsed.DetailType, parsed.Source));
        Assert.Equal(new DateTimeOffset(2015, 10, 8, 16, 53, 6, TimeSpan.Zero), parsed.Time);
        Assert.Equal(["arn:aws:events:us-east-1:123456789012:rule/my-scheduled-rule"], parsed.Resources);
    }
}
