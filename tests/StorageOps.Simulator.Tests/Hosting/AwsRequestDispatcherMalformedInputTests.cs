using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using StorageOps.Simulator.Tests.TestSupport;

namespace StorageOps.Simulator.Tests.Hosting;

/// <summary>Whatever a client sends, the simulator answers as AWS does: a 4xx in the protocol's own error shape, never a 500.</summary>
public sealed class AwsRequestDispatcherMalformedInputTests
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public void All_ShouldHoldAtLeast200DistinctRequests()
    {
        var corpus = MalformedRequestCorpus.All();

        Assert.True(corpus.Count >= 200, $"The corpus holds {corpus.Count} requests.");
        Assert.Equal(corpus.Count, corpus.Select(request => request.Name).Distinct().Count());
    }

    [Fact]
    public async Task Dispatch_WhenEveryMalformedRequestIsSent_ShouldAnswerEachWithA4xxInItsProtocolsErrorShape()
    {
        await using var http = await StartAsync();
        var failures = new List<string>();

        foreach (var malformed in MalformedRequestCorpus.All())
        {
            failures.AddRange(await SendAndCheckAsync(http, malformed));
        }

        Assert.True(failures.Count == 0, $"{failures.Count} malformed requests were answered wrongly:\n{string.Join('\n', failures)}");
        await AssertStillServesAsync(http);
    }

    [Fact]
    public async Task Dispatch_WhenMalformedRequestsArrive32AtOnce_ShouldAnswerEachWithA4xxAndKeepServing()
    {
        await using var http = await StartAsync();
        var corpus = MalformedRequestCorpus.All();
        var batch = Enumerable.Range(0, 32).Select(index => corpus[index * corpus.Count / 32]).ToArray();

        var answers = await Task.WhenAll(batch.Select(malformed => SendAndCheckAsync(http, malformed)));

        var failures = answers.SelectMany(failure => failure).ToArray();
        Assert.True(failures.Length == 0, string.Join('\n', failures));
        Assert.Equal(32, http.Simulator.RequestLog.Count);
        await AssertStillServesAsync(http);
    }

    [Fact]
    public async Task Dispatch_WhenEfsDeletePathHoldsAnEncodedNul_ShouldAnswerBadRequestInRestJsonShapeThoughKestrelRejectedIt()
    {
        await using var http = await StartAsync();

        using var response = await http.SendAsync(HttpMethod.Delete, "/2015-02-01/file-systems/%00");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["BadRequest"], response.Headers.GetValues("x-amzn-ErrorType"));
        Assert.True(Guid.TryParse(response.Headers.GetValues("x-amzn-RequestId").Single(), out _));
        Assert.Equal("The request was rejected before it reached the service: its path holds an encoded NUL character (%00).", (await SimulatorHttp.ReadObjectAsync(response))["Message"]!.GetValue<string>());
        var logged = Assert.Single(http.Simulator.RequestLog.Snapshot());
        Assert.Equal(("efs", null, "DELETE", "/2015-02-01/file-systems/%00", 400), (logged.Service, logged.Operation, logged.Method, logged.Path, logged.StatusCode));
        await AssertStillServesAsync(http);
    }

    [Fact]
    public async Task Dispatch_WhenRdsRequestIsRejectedByKestrel_ShouldAnswerAnXmlErrorResponse()
    {
        await using var http = await StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/%00", UriKind.Relative)) { Content = new StringContent("Action=DescribeDBClusters&Version=2014-10-31") };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-www-form-urlencoded");
        request.Headers.TryAddWithoutValidation("Authorization", SimulatorHttp.AuthorizationFor("us-east-1", "rds"));

        using var response = await http.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<Code>MalformedQueryString</Code>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dispatch_WhenEfsBodyHoldsALoneSurrogate_ShouldReturnBadRequest()
    {
        await using var http = await StartAsync();

        using var response = await http.SendAsync(HttpMethod.Post, "/2015-02-01/file-systems", """{"CreationToken":"\ud800"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["BadRequest"], response.Headers.GetValues("x-amzn-ErrorType"));
    }

    [Fact]
    public async Task Dispatch_WhenStepFunctionsBodyHoldsALoneSurrogate_ShouldReturnSerializationException()
    {
        await using var http = await StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/", UriKind.Relative)) { Content = new StringContent("""{"name":"\udc00","definition":"{}","roleArn":"arn:aws:iam::123456789012:role/r"}""") };
        request.Headers.Add("X-Amz-Target", "AWSStepFunctions.CreateStateMachine");

        using var response = await http.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("com.amazonaws.swf.service.v2.model#SerializationException", (await SimulatorHttp.ReadObjectAsync(response))["__type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Dispatch_WhenDocDbElasticPathIsNoOperation_ShouldReturn404UnknownOperation()
    {
        await using var http = await StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Patch, new Uri("/clusters", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Authorization", SimulatorHttp.AuthorizationFor("us-east-1", "docdb-elastic"));

        using var response = await http.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(["UnknownOperationException"], response.Headers.GetValues("x-amzn-ErrorType"));
    }

    private static Task<SimulatorHttp> StartAsync() => SimulatorHttp.StartAsync();

    private static async Task<string[]> SendAndCheckAsync(SimulatorHttp http, MalformedRequest malformed)
    {
        using var request = malformed.Build();
        using var timeout = new CancellationTokenSource(RequestTimeout);
        HttpResponseMessage response;
        try
        {
            response = await http.Client.SendAsync(request, timeout.Token);
        }
        catch (HttpRequestException error)
        {
            return [$"{malformed.Name}: no answer ({error.Message})"];
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(timeout.Token);
            var status = (int)response.StatusCode;
            var problem = status is < 400 or > 499
                ? $"status {status}"
                : ShapeProblem(malformed.Shape, response, body);
            return problem is null ? [] : [$"{malformed.Name}: {problem}: {(body.Length > 300 ? body[..300] : body)}"];
        }
    }

    private static string? ShapeProblem(WireErrorShape shape, HttpResponseMessage response, string body)
    {
        switch (shape)
        {
            case WireErrorShape.RestJson:
                if (!response.Headers.TryGetValues("x-amzn-ErrorType", out var errorType) || string.IsNullOrEmpty(errorType.Single()))
                {
                    return "no x-amzn-ErrorType header";
                }

                return JsonMessageProblem(body, "message", "Message");
            case WireErrorShape.AwsJson:
                return JsonMessageProblem(body, "__type") ?? JsonMessageProblem(body, "message");
            default:
                try
                {
                    var document = XDocument.Parse(body);
                    var code = document.Root?.Elements().FirstOrDefault(element => element.Name.LocalName == "Error")?.Elements().FirstOrDefault(element => element.Name.LocalName == "Code")?.Value;
                    return document.Root?.Name.LocalName == "ErrorResponse" && !string.IsNullOrEmpty(code) ? null : "not an XML ErrorResponse with a Code";
                }
                catch (System.Xml.XmlException)
                {
                    return "not XML";
                }
        }
    }

    private static string? JsonMessageProblem(string body, params string[] anyOf)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && anyOf.Any(name => document.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Length > 0)
                ? null
                : $"no {string.Join(" or ", anyOf)} member";
        }
        catch (JsonException)
        {
            return "not JSON";
        }
    }

    private static async Task AssertStillServesAsync(SimulatorHttp http)
    {
        var created = await http.CreateFileSystemAsync("after-the-storm");

        Assert.StartsWith("fs-", created["FileSystemId"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
