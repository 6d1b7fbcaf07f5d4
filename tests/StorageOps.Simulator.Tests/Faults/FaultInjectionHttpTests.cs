using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using StorageOps.Simulator.Faults;
using StorageOps.Simulator.Tests.TestSupport;

namespace StorageOps.Simulator.Tests.Faults;

/// <summary>Injected faults reach the caller in each service's own error format, before the backend sees the request.</summary>
public sealed class FaultInjectionHttpTests
{
    [Fact]
    public async Task Efs_WhenThrottled_ShouldAnswer429ThrottlingExceptionAndNotCreateTheFileSystem()
    {
        await using var http = await StartWithAsync(new FaultRule { Service = "efs", Operation = "CreateFileSystem", ThrottleRate = 1 });

        using var response = await http.SendAsync(HttpMethod.Post, "/2015-02-01/file-systems", """{"CreationToken":"throttled"}""");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(["ThrottlingException"], response.Headers.GetValues("x-amzn-ErrorType"));
        Assert.Equal("ThrottlingException", (await SimulatorHttp.ReadObjectAsync(response))["ErrorCode"]!.GetValue<string>());
        Assert.Empty(http.Simulator.Efs.PeekFileSystems());
    }

    [Fact]
    public async Task Efs_WhenServerErrorMatchesOnlyOneFileSystem_ShouldAnswer500InternalServerErrorForThatOneOnly()
    {
        await using var http = await StartWithAsync();
        var healthy = (await http.CreateFileSystemAsync("healthy"))["FileSystemId"]!.GetValue<string>();
        await using var faulty = await StartWithAsync(new FaultRule { Resource = "fs-*", ServerErrorRate = 1 });
        var created = (await faulty.CreateFileSystemAsync("faulty"))["FileSystemId"]!.GetValue<string>();

        using var describedByQuery = await faulty.SendAsync(HttpMethod.Get, $"/2015-02-01/file-systems?FileSystemId={created}");
        using var describedAll = await faulty.SendAsync(HttpMethod.Get, "/2015-02-01/file-systems");

        Assert.StartsWith("fs-", healthy, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.InternalServerError, describedByQuery.StatusCode);
        Assert.Equal(["InternalServerError"], describedByQuery.Headers.GetValues("x-amzn-ErrorType"));
        Assert.Equal(HttpStatusCode.OK, describedAll.StatusCode);
    }

    [Fact]
    public async Task Rds_WhenThrottledOrFailing_ShouldAnswerTheRdsXmlErrorDocument()
    {
        await using var http = await StartWithAsync(
            new FaultRule { Service = "rds", Operation = "DescribeDBClusters", ThrottleRate = 1 },
            new FaultRule { Service = "rds", Operation = "CreateDBClusterSnapshot", Resource = "orders-*", ServerErrorRate = 1 });

        using var throttled = await SendRdsAsync(http, ("Action", "DescribeDBClusters"), ("Version", "2014-10-31"));
        using var failed = await SendRdsAsync(http, ("Action", "CreateDBClusterSnapshot"), ("Version", "2014-10-31"), ("DBClusterIdentifier", "orders-aurora-pg"), ("DBClusterSnapshotIdentifier", "s1"));
        using var served = await SendRdsAsync(http, ("Action", "CreateDBClusterSnapshot"), ("Version", "2014-10-31"), ("DBClusterIdentifier", "billing-aurora-mysql"), ("DBClusterSnapshotIdentifier", "s2"));

        Assert.Equal(HttpStatusCode.BadRequest, throttled.StatusCode);
        var throttledBody = await CompactXmlAsync(throttled);
        Assert.Contains("<Type>Sender</Type><Code>Throttling</Code><Message>Rate exceeded</Message>", throttledBody, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Contains("<Type>Receiver</Type><Code>InternalFailure</Code>", await CompactXmlAsync(failed), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal(["s2"], http.Simulator.Rds.PeekDBClusterSnapshots(http.Simulator.Rds.DefaultScope).Where(snapshot => snapshot.SnapshotType == "manual").Select(snapshot => snapshot.DBClusterSnapshotIdentifier));
    }

    [Fact]
    public async Task Rds_WhenTheTokenBucketIsEmpty_ShouldAnswerThrottlingUntilTheSimulatorClockRefillsIt()
    {
        await using var http = await StartWithAsync(new FaultRule { Service = "rds", Operation = "*", ThrottleRatePerSecond = 1, ThrottleBurst = 2 });

        using var first = await SendRdsAsync(http, ("Action", "DescribeDBClusters"), ("Version", "2014-10-31"));
        using var second = await SendRdsAsync(http, ("Action", "DescribeDBClusters"), ("Version", "2014-10-31"));
        using var throttled = await SendRdsAsync(http, ("Action", "DescribeDBClusters"), ("Version", "2014-10-31"));
        http.Clock.Advance(TimeSpan.FromSeconds(1));
        using var refilled = await SendRdsAsync(http, ("Action", "DescribeDBClusters"), ("Version", "2014-10-31"));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.OK], new[] { first, second, throttled, refilled }.Select(response => response.StatusCode));
        Assert.Contains("<Type>Sender</Type><Code>Throttling</Code><Message>Rate exceeded</Message>", await CompactXmlAsync(throttled), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DocDbElastic_WhenTheTokenBucketIsEmpty_ShouldAnswer429ThrottlingException()
    {
        await using var http = await StartWithAsync(new FaultRule { Service = "docdb-elastic", Operation = "ListClusters", ThrottleRatePerSecond = 5, ThrottleBurst = 1 });

        using var served = await http.SendAsync(HttpMethod.Get, "/clusters");
        using var throttled = await http.SendAsync(HttpMethod.Get, "/clusters");

        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Equal("ThrottlingException", throttled.Headers.GetValues("x-amzn-ErrorType").Single());
    }

    [Fact]
    public async Task DocDbElastic_WhenThrottled_ShouldAnswer429ThrottlingException()
    {
        await using var http = await StartWithAsync(new FaultRule { Service = "docdb-elastic", Operation = "ListClusters", ThrottleRate = 1 });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/clusters", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Authorization", SimulatorHttp.AuthorizationFor("us-east-1", "docdb-elastic"));

        using var response = await http.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(["ThrottlingException"], response.Headers.GetValues("x-amzn-ErrorType"));
        Assert.Equal("Rate exceeded", (await SimulatorHttp.ReadObjectAsync(response))["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task StepFunctions_WhenThrottled_ShouldAnswerTheAwsJsonThrottlingException()
    {
        await using var http = await StartWithAsync(new FaultRule { Service = "states", Operation = "StartExecution", Resource = "*:stateMachine:nightly*", ThrottleRate = 1 });
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/", UriKind.Relative))
        {
            Content = new StringContent("""{"stateMachineArn":"arn:aws:states:us-east-1:123456789012:stateMachine:nightly-snapshots","name":"run-1"}""", Encoding.UTF8),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-amz-json-1.0");
        request.Headers.TryAddWithoutValidation("X-Amz-Target", "AWSStepFunctions.StartExecution");

        using var response = await http.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("com.amazonaws.swf.service.v2.model#ThrottlingException", (await SimulatorHttp.ReadObjectAsync(response))["__type"]!.GetValue<string>());
    }

    [Fact]
    public async Task StepFunctions_WhenARuleMatchesButDoesNotFire_ShouldStillServeTheRequestBody()
    {
        await using var http = await StartWithAsync(new FaultRule { Service = "states", ThrottleRate = 0 });
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/", UriKind.Relative))
        {
            Content = new StringContent("""{"name":"served","definition":"{\"StartAt\":\"Done\",\"States\":{\"Done\":{\"Type\":\"Succeed\"}}}","roleArn":"arn:aws:iam::123456789012:role/sfn"}""", Encoding.UTF8),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-amz-json-1.0");
        request.Headers.TryAddWithoutValidation("X-Amz-Target", "AWSStepFunctions.CreateStateMachine");

        using var response = await http.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.EndsWith(":stateMachine:served", (await SimulatorHttp.ReadObjectAsync(response))["stateMachineArn"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Latency_ShouldBeWaitedOnTheLatencyClockBeforeTheRequestIsServed()
    {
        var latencyClock = new InstantTimerTimeProvider();
        await using var http = await SimulatorHttp.StartAsync(options => options with
        {
            Faults = new FaultSettings { LatencyClock = latencyClock, Rules = [new FaultRule { Operation = "DescribeFileSystems", Latency = TimeSpan.FromSeconds(3) }] },
        });

        using var described = await http.SendAsync(HttpMethod.Get, "/2015-02-01/file-systems");
        await http.CreateFileSystemAsync("no-latency");

        Assert.Equal(HttpStatusCode.OK, described.StatusCode);
        Assert.Equal([TimeSpan.FromSeconds(3)], latencyClock.RequestedDelays);
    }

    [Fact]
    public async Task Throttling_WhenSeeded_ShouldFailTheSameRequestsOfTheSameSequenceOnEveryRun()
    {
        var rule = new FaultRule { Operation = "DescribeFileSystems", ThrottleRate = 0.5 };

        var first = await StatusesOfDescribesAsync(new FaultSettings { Seed = 11, Rules = [rule] }, 30);
        var second = await StatusesOfDescribesAsync(new FaultSettings { Seed = 11, Rules = [rule] }, 30);

        Assert.Equal(first, second);
        Assert.Contains(HttpStatusCode.TooManyRequests, first);
        Assert.Contains(HttpStatusCode.OK, first);
    }

    private static async Task<List<HttpStatusCode>> StatusesOfDescribesAsync(FaultSettings faults, int count)
    {
        await using var http = await SimulatorHttp.StartAsync(options => options with { Faults = faults });
        var statuses = new List<HttpStatusCode>();
        for (var index = 0; index < count; index++)
        {
            using var response = await http.SendAsync(HttpMethod.Get, "/2015-02-01/file-systems");
            statuses.Add(response.StatusCode);
        }

        return statuses;
    }

    private static async Task<string> CompactXmlAsync(HttpResponseMessage response) =>
        Regex.Replace(await response.Content.ReadAsStringAsync(), @">\s+<", "><");

    private static Task<SimulatorHttp> StartWithAsync(params FaultRule[] rules) =>
        SimulatorHttp.StartAsync(options => options with { Faults = new FaultSettings { Rules = rules } });

    private static async Task<HttpResponseMessage> SendRdsAsync(SimulatorHttp http, params (string Name, string Value)[] fields)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(fields.Select(field => KeyValuePair.Create(field.Name, field.Value))),
        };
        request.Headers.TryAddWithoutValidation("Authorization", SimulatorHttp.AuthorizationFor("us-east-1", "rds"));
        return await http.Client.SendAsync(request);
    }
}
