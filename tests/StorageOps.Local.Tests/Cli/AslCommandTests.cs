using System.Text.Json.Nodes;
using StorageOps.Local.Cli;
using StorageOps.Testing;

namespace StorageOps.Local.Tests.Cli;

public sealed class AslCommandTests : IDisposable
{
    private const string Definition = """
        {"StartAt":"Create","States":{
          "Create":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"create","Payload.$":"$"},
                    "Retry":[{"ErrorEquals":["Lambda.TooManyRequestsException"],"IntervalSeconds":30,"MaxAttempts":2}],"ResultSelector":{"id.$":"$.Payload.id"},"ResultPath":"$.created","Next":"Wait"},
          "Wait":{"Type":"Wait","Seconds":3600,"Next":"Notify"},
          "Notify":{"Type":"Task","Resource":"arn:aws:states:::sns:publish","Parameters":{"TopicArn":"arn:aws:sns:us-east-1:123456789012:t","Message.$":"$.created.id"},"ResultPath":null,"End":true}}}
        """;

    private const string MockConfig = """
        {"StateMachines":{"provision":{"TestCases":{
           "HappyPath":{"Create":"CreateOk"},
           "Throttled":{"Create":"ThrottledTwiceThenOk"},
           "Broken":{"Create":"Broken"}}}},
         "MockedResponses":{
           "CreateOk":{"0":{"Return":{"StatusCode":200,"Payload":{"id":"fs-123"}}}},
           "ThrottledTwiceThenOk":{"0-1":{"Throw":{"Error":"Lambda.TooManyRequestsException","Cause":"slow down"}},"2":{"Return":{"StatusCode":200,"Payload":{"id":"fs-3"}}}},
           "Broken":{"0":{"Throw":{"Error":"StorageOps.ValidationError","Cause":"bad request"}}}}}
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("asl-command-").FullName;
    private readonly StringWriter _output = new();

    public void Dispose()
    {
        _output.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    private Task<int> RunAsync(params string[] args) => AslCommand.RunAsync(CommandInput.Parse(["asl", .. args]), _output, CancellationToken.None);

    [Fact]
    public async Task Run_WithAMockedTestCase_ShouldPrintTheOutputJson()
    {
        var exitCode = await RunAsync("run", Write("provision.json", Definition), "--input", Write("input.json", """{"requestId":"r1"}"""),
            "--mock-config", Write("MockConfigFile.json", MockConfig), "--test-case", "HappyPath");

        Assert.True(exitCode == 0, _output.ToString());
        Assert.Equal("""{"requestId":"r1","created":{"id":"fs-123"}}""", JsonNode.Parse(_output.ToString())!.ToJsonString());
    }

    [Fact]
    public async Task Run_WhenTheMockThrowsThroughRetries_ShouldCountEveryInvocation()
    {
        var exitCode = await RunAsync("run", Write("provision.json", Definition), "--input", Write("input.json", "{}"),
            "--mock-config", Write("MockConfigFile.json", MockConfig), "--test-case", "Throttled");

        Assert.Equal(0, exitCode);
        Assert.Equal("fs-3", (string?)JsonNode.Parse(_output.ToString())!["created"]!["id"]);
    }

    [Fact]
    public async Task Run_WhenTheExecutionFails_ShouldPrintErrorAndCauseAndFailTheWorkflow()
    {
        var failure = await Assert.ThrowsAsync<WorkflowFailedException>(() => RunAsync("run", Write("provision.json", Definition), "--input", Write("input.json", "{}"),
            "--mock-config", Write("MockConfigFile.json", MockConfig), "--test-case", "Broken"));

        Assert.Equal("provision Failed: StorageOps.ValidationError: bad request", failure.Message);
        Assert.Equal("""{"error":"StorageOps.ValidationError","cause":"bad request"}""", JsonNode.Parse(_output.ToString())!.ToJsonString());
    }

    [Fact]
    public async Task Run_WithoutMocks_ShouldFailTheLambdaTaskSayingHowToMockIt()
    {
        await Assert.ThrowsAsync<WorkflowFailedException>(() => RunAsync("run", Write("provision.json", Definition), "--input", Write("input.json", "{}")));

        var failure = JsonNode.Parse(_output.ToString())!;
        Assert.Equal("Lambda.ResourceNotFoundException", (string?)failure["error"]);
        Assert.Contains("--mock-config", (string?)failure["cause"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WithHistory_ShouldPrintTheGetExecutionHistoryJsonAfterTheOutput()
    {
        var exitCode = await RunAsync("run", Write("provision.json", Definition), "--input", Write("input.json", "{}"),
            "--mock-config", Write("MockConfigFile.json", MockConfig), "--test-case", "HappyPath", "--history");

        Assert.Equal(0, exitCode);
        var text = _output.ToString();
        var history = JsonNode.Parse(text[text.IndexOf("{\n  \"events\"", StringComparison.Ordinal)..])!;
        var types = history["events"]!.AsArray().Select(e => (string?)e!["type"]).ToList();
        Assert.Equal("ExecutionStarted", types[0]);
        Assert.Equal("ExecutionSucceeded", types[^1]);
        Assert.Contains("WaitStateEntered", types);
        Assert.Contains("TaskSucceeded", types);
    }

    [Fact]
    public async Task Run_WhenTheTestCaseIsUnknown_ShouldRejectTheMockConfigurationNamingTheTestCases()
    {
        var invalid = await Assert.ThrowsAsync<InvalidFileException>(() => RunAsync("run", Write("provision.json", Definition), "--mock-config", Write("MockConfigFile.json", MockConfig), "--test-case", "Nope"));

        Assert.Contains("has no test case 'Nope' (it has: Broken, HappyPath, Throttled)", invalid.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_ShouldReportEveryProblemWithStateAndField()
    {
        var path = Write("bad.json", """{"StartAt":"A","States":{"A":{"Type":"Pass","Next":"Missing"},"B":{"Type":"Wait","End":true},"M":{"Type":"Map","ItemReader":{},"End":true}}}""");

        var invalid = await Assert.ThrowsAsync<InvalidFileException>(() => RunAsync("validate", path));

        Assert.Equal($"{path}: 4 problem(s), listed on standard output.", invalid.Message);
        var text = _output.ToString();
        Assert.Contains("State 'A': field 'Next' refers to state 'Missing', which does not exist", text, StringComparison.Ordinal);
        Assert.Contains("State 'B': must have exactly one of 'Seconds', 'SecondsPath', 'Timestamp' or 'TimestampPath'", text, StringComparison.Ordinal);
        Assert.Contains("State 'M': field 'ItemReader' is not supported yet", text, StringComparison.Ordinal);
        Assert.Contains("State 'M': field 'ItemProcessor' is required", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_WhenTheDefinitionIsValid_ShouldSaySoAndExitZero()
    {
        var exitCode = await RunAsync("validate", Write("provision.json", Definition));

        Assert.Equal(0, exitCode);
        Assert.EndsWith("valid." + Environment.NewLine, _output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("bogus")]
    [InlineData("run")]
    [InlineData("run a.json --test-case T")]
    [InlineData("validate a.json --history")]
    public async Task RunAsync_WhenTheCommandLineIsWrong_ShouldThrowUsageException(string commandLine)
    {
        await Assert.ThrowsAsync<UsageException>(() => RunAsync(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
    }

    public static TheoryData<string, string> DeeplyNestedDefinitions() => new()
    {
        { "validate", "States.Array nested 20000 deep" },
        { "run", "States.Array nested 20000 deep" },
        { "validate", "States.Array nested 3000 deep" },
        { "run", "States.Format nested 20000 deep" },
        { "validate", "Parameters objects nested 100000 deep" },
        { "run", "Parameters arrays nested 100000 deep" },
    };

    private static string DeeplyNestedDefinition(string name) => name switch
    {
        "States.Array nested 20000 deep" => PassWithValue(Nested("States.Array(", "1", ")", 20_000)),
        "States.Array nested 3000 deep" => PassWithValue(Nested("States.Array(", "1", ")", 3_000)),
        "States.Format nested 20000 deep" => PassWithValue(Nested("States.Format('{}', ", "'x'", ")", 20_000)),
        "Parameters objects nested 100000 deep" => """{"StartAt":"S","States":{"S":{"Type":"Pass","Parameters":""" + Nested("{\"a\":", "1", "}", 100_000) + ""","End":true}}}""",
        "Parameters arrays nested 100000 deep" => """{"StartAt":"S","States":{"S":{"Type":"Pass","Parameters":{"a":""" + Nested("[", "1", "]", 100_000) + """},"End":true}}}""",
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such definition"),
    };

    [Theory]
    [MemberData(nameof(DeeplyNestedDefinitions))]
    public async Task Storageops_WhenRunAsAProgramOnADeeplyNestedDefinition_ShouldReportADefinitionErrorAndExitThree(string subcommand, string definitionName)
    {
        var definition = DeeplyNestedDefinition(definitionName);
        var program = Path.Combine(AppContext.BaseDirectory, "storageops.dll");
        string[] arguments = subcommand == "run"
            ? [program, "asl", "run", Write("deep.json", definition), "--input", Write("input.json", "{}")]
            : [program, "asl", "validate", Write("deep.json", definition)];

        var result = await ExternalProcess.RunAsync("dotnet", arguments, timeout: TimeSpan.FromSeconds(60));

        Assert.True(result.ExitCode == ExitCodes.Validation, result.Describe()[..Math.Min(result.Describe().Length, 2_000)]);
        var report = subcommand == "run" ? result.StandardError : result.StandardOutput;
        Assert.True(report.Contains("nested more than 10 deep", StringComparison.Ordinal) || report.Contains("maximum configured depth of 64", StringComparison.Ordinal),
            report[..Math.Min(report.Length, 2_000)]);
    }

    private static string Nested(string open, string inner, string close, int depth) =>
        string.Concat(Enumerable.Repeat(open, depth)) + inner + string.Concat(Enumerable.Repeat(close, depth));

    private static string PassWithValue(string expression) =>
        new JsonObject { ["StartAt"] = "S", ["States"] = new JsonObject { ["S"] = new JsonObject { ["Type"] = "Pass", ["Parameters"] = new JsonObject { ["v.$"] = expression }, ["End"] = true } } }.ToJsonString();
}
