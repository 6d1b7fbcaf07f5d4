using System.Text.Json.Nodes;
using StorageOps.Local.Reports;
using StorageOps.StatesLanguage.Definition;
using StorageOps.StatesLanguage.Execution;
using StorageOps.StatesLanguage.Lambda;
using StorageOps.StatesLanguage.Time;

namespace StorageOps.Local.Tests.Reports;

public sealed class ExecutionReportPageTests
{
    private static async Task<(StateMachineDefinition Definition, ExecutionResult Result)> RunAsync(string definitionJson, JsonNode? input = null)
    {
        var definition = StateMachineDefinition.Parse(definitionJson);
        var engine = new StateMachineEngine(new VirtualClock(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)), new UnavailableLambdaInvoker());
        return (definition, await engine.RunAsync(definition, input ?? new JsonObject(), new ExecutionOptions { ExecutionName = "run-1" }));
    }

    [Fact]
    public async Task ForExecution_ShouldEncodeStateNamesAndPayloadsSoNothingInThemBecomesMarkup()
    {
        const string json = """{"StartAt":"A</script><b>&\"","States":{"A</script><b>&\"":{"Type":"Pass","Result":{"html":"</script><script>alert(1)</script>"},"End":true}}}""";
        var (definition, result) = await RunAsync(json);

        var page = ExecutionReportPage.ForExecution("machine", definition, json, result);

        Assert.Contains("data-state=\"A&lt;/script&gt;&lt;b&gt;&amp;&quot;\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("A</script>", page, StringComparison.Ordinal);
        Assert.Equal(2, page.Split("</script>").Length - 1);
        Assert.Contains("\\u003C/script\\u003E\\u003Cscript\\u003Ealert(1)", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForExecution_WhenAMapIsDistributed_ShouldLeaveItsChildExecutionsStatesUncolouredAndSayWhy()
    {
        const string json = """
            {"StartAt":"Each","States":{"Each":{"Type":"Map","ItemsPath":"$.items","End":true,
              "ItemProcessor":{"ProcessorConfig":{"Mode":"DISTRIBUTED","ExecutionType":"STANDARD"},"StartAt":"One","States":{"One":{"Type":"Pass","End":true}}}}}}
            """;
        var (definition, result) = await RunAsync(json, new JsonObject { ["items"] = new JsonArray(1, 2) });
        Assert.Equal(ExecutionStatus.Succeeded, result.Status);

        var page = ExecutionReportPage.ForExecution("machine", definition, json, result);

        Assert.Contains("data-state=\"Each\" data-type=\"Map\" data-status=\"succeeded\"", page, StringComparison.Ordinal);
        Assert.Contains("data-state=\"One\" data-type=\"Pass\" tabindex", page, StringComparison.Ordinal);
        Assert.Contains("Item processor (child executions)", page, StringComparison.Ordinal);
        Assert.Contains("MapRunStarted", page, StringComparison.Ordinal);
    }

    [Fact]
    public void ForDefinition_ShouldDrawTheGraphWithoutStatusesOrEvents()
    {
        const string json = """{"StartAt":"A","States":{"A":{"Type":"Pass","Next":"B"},"B":{"Type":"Succeed"}}}""";

        var page = ExecutionReportPage.ForDefinition("machine", StateMachineDefinition.Parse(json), json);

        Assert.Contains("data-state=\"B\" data-type=\"Succeed\" tabindex", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"events\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-status", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 0, "00:00:00")]
    [InlineData(105, 0, "00:01:45")]
    [InlineData(1, 250, "00:00:01.250")]
    [InlineData(90_000, 0, "1.01:00:00")]
    public void Duration_ShouldShowHoursMinutesSecondsAndMillisecondsWhenThereAreAny(int seconds, int milliseconds, string expected) =>
        Assert.Equal(expected, ExecutionReportPage.Duration(TimeSpan.FromSeconds(seconds) + TimeSpan.FromMilliseconds(milliseconds)));

    [Theory]
    [InlineData("req-1", "req-1")]
    [InlineData("a/b:c", "a_b_c")]
    [InlineData("", "execution")]
    public void FileNameOf_ShouldKeepTheExecutionNameSafeAsAFileName(string name, string expected) =>
        Assert.Equal(expected, ExecutionReportFile.FileNameOf(name));
}
