using System.Globalization;
using System.Text.Json.Nodes;
using StorageOps.Functions.Invocation;
using StorageOps.Functions.Logging;
using StorageOps.Functions.Tests.FileSystems;

namespace StorageOps.Functions.Tests.Logging;

public sealed class FunctionLoggerTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-12-01T03:00:05.250Z", CultureInfo.InvariantCulture);
    private readonly StringWriter output = new();

    private FunctionLogger Logger(params (string Key, string Value)[] variables) =>
        new(output, new ManualClock(Now), variables.ToDictionary(variable => variable.Key, variable => variable.Value));

    private List<JsonObject> Lines() =>
        [.. output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!.AsObject())];

    [Fact]
    public void Info_WhenOutsideAnInvocation_ShouldWriteOneJsonObjectWithTheFunctionsKeysOnly()
    {
        Logger(("AWS_LAMBDA_FUNCTION_NAME", "storageops-RouteRequests"), ("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "256"), ("STORAGEOPS_HANDLER", "RouteRequests"))
            .Info("hello", ("count", 3));

        Assert.Single(output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var line = Assert.Single(Lines());
        Assert.Equal(
            ["level", "message", "timestamp", "service", "function_name", "function_memory_size", "handler", "count"],
            line.Select(member => member.Key));
        Assert.Equal("INFO", (string?)line["level"]);
        Assert.Equal("2026-12-01T03:00:05.250Z", (string?)line["timestamp"]);
        Assert.Equal(256, (long)line["function_memory_size"]!);
        Assert.Null(line["cold_start"]);
        Assert.Null(line["function_request_id"]);
    }

    [Theory]
    [InlineData(null, null, "storageops")]
    [InlineData(null, "payments-storage", "payments-storage")]
    [InlineData("ours", "payments-storage", "ours")]
    public void Info_WhenTheServiceIsNamed_ShouldPreferStorageOpsThenPowertoolsThenTheDefault(string? storageOps, string? powertools, string expected)
    {
        var variables = new List<(string, string)>();
        if (storageOps is not null)
        {
            variables.Add((FunctionLogger.ServiceVariable, storageOps));
        }

        if (powertools is not null)
        {
            variables.Add((FunctionLogger.PowertoolsServiceVariable, powertools));
        }

        Logger([.. variables]).Info("x");

        Assert.Equal(expected, (string?)Assert.Single(Lines())["service"]);
    }

    [Fact]
    public void Write_WhenInsideAnInvocation_ShouldCarryItsIdsAndLetAFieldReplaceTheRequestId()
    {
        var logger = Logger();
        var invocation = new LambdaInvocation("lambda-req-1", DateTimeOffset.MaxValue, "arn:aws:lambda:us-east-1:123456789012:function:f", "Root=1-abc-def;Parent=53995c3f42cd8ad8;Sampled=1");
        using (InvocationLogContext.Begin("RouteRequests", invocation, """{"requestId":"req-a"}""", new ColdStart()))
        {
            logger.Info("first");
            logger.Info("second", ("requestId", "req-b"), ("executionArn", "arn:aws:states:us-east-1:123456789012:execution:m:req-b"));
        }

        logger.Info("after");

        var (first, second, after) = (Lines()[0], Lines()[1], Lines()[2]);
        Assert.Equal(("lambda-req-1", "1-abc-def", true, "req-a"), ((string?)first["function_request_id"], (string?)first["xray_trace_id"], (bool)first["cold_start"]!, (string?)first["requestId"]));
        Assert.Equal("req-b", (string?)second["requestId"]);
        Assert.Equal("arn:aws:states:us-east-1:123456789012:execution:m:req-b", (string?)second["executionArn"]);
        Assert.Single(second, member => member.Key == "requestId");
        Assert.Null(after["function_request_id"]);
        Assert.Null(after["requestId"]);
    }

    [Fact]
    public void Write_WhenAFieldIsNamedLikeAStandardKeyOrRepeats_ShouldKeepEveryKeyOnce()
    {
        Logger().Error("real message", ("level", "DEBUG"), ("message", "forged"), ("function_request_id", "forged"), ("key", "1"), ("key", "2"));

        var line = Assert.Single(Lines());
        Assert.Equal(("ERROR", "real message", "1"), ((string?)line["level"], (string?)line["message"], (string?)line["key"]));
        Assert.Null(line["function_request_id"]);
        Assert.Equal(line.Count, line.Select(member => member.Key).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Write_WhenFieldsAreTyped_ShouldWriteJsonTypes()
    {
        Logger().Warn("typed", ("flag", true), ("seconds", 1.5), ("at", Now), ("node", new JsonArray(1, 2)), ("none", null), ("timespan", TimeSpan.FromSeconds(90)));

        var line = Assert.Single(Lines());
        Assert.True((bool)line["flag"]!);
        Assert.Equal(1.5, (double)line["seconds"]!);
        Assert.Equal(Now, DateTimeOffset.Parse((string)line["at"]!, CultureInfo.InvariantCulture));
        Assert.Equal("[1,2]", line["node"]!.ToJsonString());
        Assert.True(line.ContainsKey("none"));
        Assert.Equal("00:01:30", (string?)line["timespan"]);
    }

    [Fact]
    public async Task Write_WhenManyFlowsLogAtOnce_ShouldKeepEachLineWholeAndItsOwnInvocation()
    {
        var logger = new FunctionLogger(TextWriter.Synchronized(output), TimeProvider.System, new Dictionary<string, string>());

        await Task.WhenAll(Enumerable.Range(0, 16).Select(index => Task.Run(async () =>
        {
            using (InvocationLogContext.Begin("H", new LambdaInvocation($"lambda-{index}", DateTimeOffset.MaxValue), $$"""{"requestId":"req-{{index}}"}""", new ColdStart()))
            {
                await Task.Yield();
                logger.Info("concurrent", ("index", index));
            }
        })));

        var lines = Lines();
        Assert.Equal(16, lines.Count);
        Assert.All(lines, line => Assert.Equal($"req-{(int)line["index"]!}", (string?)line["requestId"]));
        Assert.All(lines, line => Assert.Equal($"lambda-{(int)line["index"]!}", (string?)line["function_request_id"]));
    }
}
