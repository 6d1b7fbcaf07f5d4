using System.Text.Json;
using StorageOps.Functions.EventSources;
using StorageOps.Functions.EventSources.Sqs;

namespace StorageOps.Functions.Tests.EventSources.Sqs;

public sealed class SqsEventTests
{
    // The documented example event (AWS Lambda Developer Guide, "Using Lambda with Amazon SQS"), plus members AWS may add.
    private const string Event = """
        {
          "Records": [
            {
              "messageId": "059f36b4-87a3-44ab-83d2-661975830a7d",
              "receiptHandle": "AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a...",
              "body": "{\"requestId\":\"req-1\"}",
              "attributes": {
                "ApproximateReceiveCount": "1",
                "SentTimestamp": "1545082649183",
                "SenderId": "AIDAIENQZJOLO23YVJ4VO",
                "ApproximateFirstReceiveTimestamp": "1545082649185",
                "AWSTraceHeader": "Root=1-5759e988-bd862e3fe1be46a994272793"
              },
              "messageAttributes": {
                "team": { "stringValue": "analytics", "stringListValues": [], "binaryListValues": [], "dataType": "String" }
              },
              "md5OfBody": "e4e68fb7bd0e697a0ae8f1bb342846b3",
              "md5OfMessageAttributes": "00484c68...59e48f06",
              "eventSource": "aws:sqs",
              "eventSourceARN": "arn:aws:sqs:us-east-2:123456789012:my-queue",
              "awsRegion": "us-east-2",
              "aNewMemberAwsAddedLater": { "nested": true }
            }
          ],
          "anotherNewTopLevelMember": 1
        }
        """;

    [Fact]
    public void Deserialize_WhenAwsSendsMembersWeDoNotModel_ShouldReadTheOnesWeDo()
    {
        var parsed = JsonSerializer.Deserialize(Event, AwsEventsJsonContext.Default.SqsEvent)!;

        var message = Assert.Single(parsed.Records);
        Assert.Equal("059f36b4-87a3-44ab-83d2-661975830a7d", message.MessageId);
        Assert.Equal("""{"requestId":"req-1"}""", message.Body);
        Assert.Equal("1", message.Attributes!["ApproximateReceiveCount"]);
        Assert.Equal(("analytics", "String"), (message.MessageAttributes!["team"].StringValue, message.MessageAttributes["team"].DataType));
        Assert.Equal("arn:aws:sqs:us-east-2:123456789012:my-queue", message.EventSourceArn);
        Assert.Equal("us-east-2", message.AwsRegion);
    }
}
