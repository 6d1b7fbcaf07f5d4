using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using StorageOps.Simulator.Faults;
using StorageOps.Simulator.Hosting;
using StorageOps.Simulator.Tests.Rds.Wire;
using StorageOps.Simulator.Tests.TestSupport;

namespace StorageOps.Simulator.Tests.EventBridge.Wire;

/// <summary>EventBridge PutEvents over awsJson1_1, as SDKs and the aws CLI send it.</summary>
public sealed class EventBridgeHttpTests
{
    [Fact]
    public async Task PutEvents_WhenSignedForEvents_ShouldPublishInTheScopeRegionAndRecordEventsPutEvents()
    {
        await using var http = await SimulatorHttp.StartAsync();

        using var response = await SendAsync(http, "AWSEvents.PutEvents", """{"Entries":[{"Source":"storageops","DetailType":"StorageOps Nightly Summary","Detail":"{\"passed\":true}","Time":1796094000}]}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-amz-json-1.1", response.Content.Headers.ContentType!.MediaType);
        var body = await SimulatorHttp.ReadObjectAsync(response);
        Assert.Equal(0, body["FailedEntryCount"]!.GetValue<int>());
        var published = Assert.Single(http.Simulator.EventBridge.Published);
        Assert.Equal(published.EventId, body["Entries"]![0]!["EventId"]!.GetValue<string>());
        Assert.Equal("eu-west-1", published.Region);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1796094000), published.Time);
        var recorded = Assert.Single(http.Simulator.RequestLog.Snapshot());
        Assert.Equal((RecordedRequest.Events, "PutEvents", 200), (recorded.Service, recorded.Operation, recorded.StatusCode));
    }

    [Fact]
    public async Task PutEvents_WhenAnEntryLacksDetail_ShouldAnswer200WithThatEntryFailed()
    {
        await using var http = await SimulatorHttp.StartAsync();

        using var response = await SendAsync(http, "AWSEvents.PutEvents", """{"Entries":[{"Source":"s","DetailType":"t"},{"Source":"s","DetailType":"t","Detail":"{}"}]}""");

        var body = await SimulatorHttp.ReadObjectAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, body["FailedEntryCount"]!.GetValue<int>());
        Assert.Equal("InvalidArgument", body["Entries"]![0]!["ErrorCode"]!.GetValue<string>());
        Assert.Equal("Parameter Detail is not valid. Reason: Detail is a required argument.", body["Entries"]![0]!["ErrorMessage"]!.GetValue<string>());
        Assert.Null(body["Entries"]![0]!["EventId"]);
        Assert.NotNull(body["Entries"]![1]!["EventId"]);
    }

    [Theory]
    [InlineData("""{}""", "ValidationException")]
    [InlineData("""{"Entries":[]}""", "ValidationException")]
    [InlineData("""{"Entries":"no"}""", "SerializationException")]
    [InlineData("""{"Entries":[{"Source":1}]}""", "SerializationException")]
    [InlineData("""[1]""", "SerializationException")]
    public async Task PutEvents_WhenRequestIsInvalid_ShouldAnswer400WithTheAwsJsonErrorType(string requestBody, string errorType)
    {
        await using var http = await SimulatorHttp.StartAsync();

        using var response = await SendAsync(http, "AWSEvents.PutEvents", requestBody);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(errorType, (await SimulatorHttp.ReadObjectAsync(response))["__type"]!.GetValue<string>());
        Assert.Empty(http.Simulator.EventBridge.Published);
    }

    [Fact]
    public async Task PutEvents_WhenEntriesAreOver256KB_ShouldAnswerValidationException()
    {
        await using var http = await SimulatorHttp.StartAsync();
        var detail = JsonValue.Create("{\"p\":\"" + new string('x', 140_000) + "\"}").ToJsonString();

        using var response = await SendAsync(http, "AWSEvents.PutEvents", $$"""{"Entries":[{"Source":"s","DetailType":"t","Detail":{{detail}}},{"Source":"s","DetailType":"t","Detail":{{detail}}}]}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await SimulatorHttp.ReadObjectAsync(response);
        Assert.Equal("ValidationException", body["__type"]!.GetValue<string>());
        Assert.Equal("Total size of the entries in the request is over the limit.", body["message"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("AWSEvents.PutRule", HttpStatusCode.NotImplemented, "NotImplemented")]
    [InlineData("AWSEvents.SendMessage", HttpStatusCode.BadRequest, "UnknownOperationException")]
    public async Task Operation_WhenNotPutEvents_ShouldAnswerNotSimulatedOrUnknown(string target, HttpStatusCode status, string errorType)
    {
        await using var http = await SimulatorHttp.StartAsync();

        using var response = await SendAsync(http, target, "{}");

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(errorType, (await SimulatorHttp.ReadObjectAsync(response))["__type"]!.GetValue<string>());
    }

    [Fact]
    public async Task PutEvents_WhenThrottledByAFaultRule_ShouldAnswer400ThrottlingExceptionAndPublishNothing()
    {
        await using var http = await SimulatorHttp.StartAsync(options => options with
        {
            Faults = new FaultSettings { Rules = [new FaultRule { Service = "events", Operation = "PutEvents", Resource = "ops", ThrottleRate = 1 }] },
        });

        using var other = await SendAsync(http, "AWSEvents.PutEvents", """{"Entries":[{"Source":"s","DetailType":"t","Detail":"{}"}]}""");
        using var throttled = await SendAsync(http, "AWSEvents.PutEvents", """{"Entries":[{"Source":"s","DetailType":"t","Detail":"{}","EventBusName":"ops"}]}""");

        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, throttled.StatusCode);
        Assert.Equal("ThrottlingException", (await SimulatorHttp.ReadObjectAsync(throttled))["__type"]!.GetValue<string>());
        Assert.Equal("default", Assert.Single(http.Simulator.EventBridge.Published).EventBusName);
    }

    [Fact]
    public async Task PutEvents_WhenRunByAwsCli_ShouldPublishTheEntries()
    {
        await using var http = await SimulatorHttp.StartAsync();

        var output = await AwsCliRunner.RunJsonAsync(
            http.Simulator.Endpoint,
            "eu-west-1",
            "events",
            "put-events",
            "--entries",
            """[{"Source":"storageops","DetailType":"StorageOps Nightly Summary","Detail":"{\"night\":\"2026-12-01\"}","EventBusName":"ops"},{"Source":"storageops","DetailType":"x","Detail":"[]"}]""");

        Assert.Equal(1, output["FailedEntryCount"]!.GetValue<int>());
        Assert.Equal("MalformedDetail", output["Entries"]![1]!["ErrorCode"]!.GetValue<string>());
        var published = Assert.Single(http.Simulator.EventBridge.Published);
        Assert.Equal(("ops", "eu-west-1", "{\"night\":\"2026-12-01\"}"), (published.EventBusName, published.Region, published.Detail));
        Assert.Equal("AKIDCLI", Assert.Single(http.Simulator.RequestLog.Snapshot()).AccessKeyId);
    }

    [Fact]
    public async Task PutEvents_WhenAwsCliSendsElevenEntries_ShouldFailWithValidationException()
    {
        await using var http = await SimulatorHttp.StartAsync();
        var entries = "[" + string.Join(',', Enumerable.Repeat("""{"Source":"s","DetailType":"t","Detail":"{}"}""", 11)) + "]";

        var code = await AwsCliRunner.RunFailingAsync(http.Simulator.Endpoint, "eu-west-1", "events", "put-events", "--entries", entries);

        Assert.Equal("ValidationException", code);
        Assert.Empty(http.Simulator.EventBridge.Published);
    }

    [Fact]
    public async Task PutEvents_WhenUnsigned_ShouldBeRoutedByTheTargetHeaderToTheDefaultRegion()
    {
        await using var http = await SimulatorHttp.StartAsync(options => options with { DefaultRegion = "ap-southeast-2" });
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/", UriKind.Relative))
        {
            Content = new StringContent("""{"Entries":[{"Source":"s","DetailType":"t","Detail":"{}"}]}""", Encoding.UTF8),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-amz-json-1.1");
        request.Headers.TryAddWithoutValidation("X-Amz-Target", "AWSEvents.PutEvents");

        using var response = await http.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ap-southeast-2", Assert.Single(http.Simulator.EventBridge.Published).Region);
        Assert.Equal(RecordedRequest.Events, Assert.Single(http.Simulator.RequestLog.Snapshot()).Service);
    }

    private static async Task<HttpResponseMessage> SendAsync(SimulatorHttp http, string target, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/", UriKind.Relative)) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-amz-json-1.1");
        request.Headers.TryAddWithoutValidation("X-Amz-Target", target);
        request.Headers.TryAddWithoutValidation("Authorization", SimulatorHttp.AuthorizationFor("eu-west-1", "events"));
        return await http.Client.SendAsync(request);
    }
}
